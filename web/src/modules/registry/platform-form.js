// Innovation platform form state and its conversion to the request bodies of POST/PATCH /platforms.
const TEXT_FIELDS = ['name', 'type', 'level', 'status', 'recognised_on', 'document_no', 'field_code', 'contact_name', 'contact_phone']
const OPTIONAL_FIELDS = ['recognised_on', 'document_no', 'field_code', 'contact_name', 'contact_phone']

export function blankPlatform() {
  return { ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])), status: 'recognised', host_org_id: null }
}

/** The editable fields of a platform record. */
export function platformToForm(platform) {
  return { ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, platform[field] ?? ''])), host_org_id: platform.host_org_id ?? null }
}

/** POST body: empty optional fields dropped (the server validates every field that is present). */
export function platformRequestBody(form) {
  const body = { name: form.name.trim(), type: form.type, level: form.level, host_org_id: form.host_org_id, status: form.status }
  for (const field of OPTIONAL_FIELDS) if (form[field]) body[field] = form[field].trim()
  return body
}

/** PATCH body: only the fields that differ from `original` (an empty object when nothing changed). */
export function platformChanges(original, form) {
  const before = platformToForm(original)
  const changed = [...TEXT_FIELDS, 'host_org_id'].filter((field) => form[field] !== before[field])
  return Object.fromEntries(changed.map((field) => [field, typeof form[field] === 'string' ? form[field].trim() : form[field]]))
}

/** A recognised platform needs its date and document number; one under review may leave them empty. */
export function needsRecognition(form) {
  return form.status === 'recognised'
}
