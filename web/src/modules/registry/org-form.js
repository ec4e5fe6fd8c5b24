// Organisation form state and its conversion to the request bodies of docs/api.md.
const REQUIRED_FIELDS = ['name', 'kind', 'credit_code', 'region_code']
const OPTIONAL_FIELDS = ['industry_code', 'address', 'contact_name', 'contact_phone']

const FORM_FIELDS = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]

export function blankOrg() {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field, '']))
}

/** The editable fields of an organisation record. */
export function orgToForm(org) {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field, org[field] ?? '']))
}

/** PATCH body: only the fields that differ from `original` (an empty object when nothing changed). */
export function orgChanges(original, form) {
  const before = orgToForm(original)
  const after = { ...form, credit_code: form.credit_code.toUpperCase() }
  return Object.fromEntries(FORM_FIELDS.filter((field) => after[field] !== before[field]).map((field) => [field, after[field]]))
}

/** Drops empty optional fields: the server rejects unknown fields and validates present ones. */
export function orgRequestBody(form) {
  const body = { name: form.name, kind: form.kind, credit_code: form.credit_code.toUpperCase(), region_code: form.region_code }
  for (const field of OPTIONAL_FIELDS) if (form[field]) body[field] = form[field]
  return body
}
