// Blank organisation form and its conversion to the request body of docs/api.md.
const OPTIONAL_FIELDS = ['industry_code', 'address', 'contact_name', 'contact_phone']

export function blankOrg() {
  return { name: '', kind: '', credit_code: '', region_code: '', industry_code: '', address: '', contact_name: '', contact_phone: '' }
}

/** Drops empty optional fields: the server rejects unknown fields and validates present ones. */
export function orgRequestBody(form) {
  const body = { name: form.name, kind: form.kind, credit_code: form.credit_code.toUpperCase(), region_code: form.region_code }
  for (const field of OPTIONAL_FIELDS) if (form[field]) body[field] = form[field]
  return body
}
