// The tier-policy form is generated from the server's parameter list (GET /cultivation/tier-policies
// → parameter_specs: key, Chinese label, unit, kind, choices), so a new parameter needs no change here.
// Numbers with decimals (万元, %) travel as exact decimal strings, never as JSON floats.

const DECIMAL = /^\d+(\.\d{1,6})?$/

/** Form values for the parameters of a version: text for money and percentages, '' for "not set". */
export function formFromParameters(specs, parameters = {}) {
  const form = {}
  for (const spec of specs) {
    const value = parameters[spec.key]
    if (spec.kind === 'boolean') form[spec.key] = value ?? true
    else if (spec.kind === 'choice') form[spec.key] = value ?? spec.choices[0].value
    else if (spec.kind === 'integer') form[spec.key] = value ?? null
    else form[spec.key] = value ?? ''
  }
  return form
}

/** The parameters JSON to publish; throws Error naming the label of a value that is not a number. */
export function parametersFromForm(specs, form) {
  const out = {}
  for (const spec of specs) {
    const value = form[spec.key]
    if (spec.kind === 'money' || spec.kind === 'percent') {
      const text = String(value ?? '').trim()
      if (text !== '' && !DECIMAL.test(text)) throw new Error(`${spec.label}应为数字，最多6位小数`)
      out[spec.key] = text === '' ? null : text
    } else if (spec.kind === 'integer') {
      out[spec.key] = value === '' || value === undefined ? null : value
    } else if (spec.kind === 'text') {
      out[spec.key] = String(value ?? '').trim()
    } else {
      out[spec.key] = value
    }
  }
  return out
}

/** One line per parameter that sets a criterion, e.g. "研发费用占销售收入比例不低于：3%". */
export function describeParameters(specs, parameters) {
  const lines = []
  for (const spec of specs) {
    const value = parameters[spec.key]
    if (value === null || value === undefined || value === '' || spec.kind === 'text') continue
    if (spec.kind === 'boolean') lines.push(`${spec.label}：${value ? '是' : '否'}`)
    else if (spec.kind === 'choice') lines.push(`${spec.label}：${spec.choices.find((c) => c.value === value)?.label ?? value}`)
    else lines.push(`${spec.label}：${value}${spec.unit}`)
  }
  return lines
}
