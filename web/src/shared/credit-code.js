// Unified social credit code (统一社会信用代码), GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》.
// 18 characters: registration authority (1), organisation category (1), region code (6, GB/T 2260),
// organisation code (9, GB 11714 with its own check character) and the check character (1).

// GB 32100-2015 §4.3: the code character set omits I, O, Z, S and V.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
// Weight of position i is 3^i mod 31 (GB 32100-2015 §4.3, table of weighting factors).
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/

/** Check character for the first 17 characters, or null if they use a character outside the set. */
export function creditCodeCheckChar(first17) {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i += 1) {
    const value = CHARSET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}

export function isValidCreditCode(code) {
  const upper = String(code ?? '').toUpperCase()
  if (!CREDIT_CODE_PATTERN.test(upper)) return false
  return creditCodeCheckChar(upper.slice(0, 17)) === upper[17]
}

// GB 11714-1997 organisation code: 8 body characters, weights below, check = 11 - sum mod 11 (10 -> X, 11 -> 0).
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** Check character of an 8-character organisation code body (digits and capital letters). */
export function orgCodeCheckChar(body8) {
  let sum = 0
  for (let i = 0; i < 8; i += 1) sum += parseInt(body8[i], 36) * ORG_CODE_WEIGHTS[i]
  const check = 11 - (sum % 11)
  if (check === 11) return '0'
  if (check === 10) return 'X'
  return String(check)
}
