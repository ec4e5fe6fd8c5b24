// Money in the market module is exact integer 分 on the wire; users type 元 with up to two decimals.
// Conversion is done on the digits, never through binary floating point.

const YUAN_PATTERN = /^(\d{1,13})(?:\.(\d{1,2}))?$/

/** "1234.5" → 123450; null when the text is not a non-negative amount with at most two decimals. */
export function yuanToFen(text) {
  const m = YUAN_PATTERN.exec(String(text ?? '').trim().replace(/,/g, ''))
  if (!m) return null
  const cents = (m[2] ?? '').padEnd(2, '0')
  return Number(m[1]) * 100 + Number(cents)
}

/** 123450 → "1,234.50" */
export function fenToYuan(fen) {
  if (fen === null || fen === undefined) return ''
  const negative = fen < 0
  const abs = Math.abs(fen)
  const whole = Math.trunc(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = String(abs % 100).padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}`
}
