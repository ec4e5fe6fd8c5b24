// How the reasons of a match (GET …/similar, GET /market/matches) are shown: one tag per reason, the strongest
// kinds of evidence in the strongest colours.

const REASON_TAGS = {
  shared_terms: 'primary',
  same_field: 'success',
  same_field_domain: 'success',
  same_industry: 'warning',
  same_industry_division: 'warning',
  same_county: 'info',
  same_city: 'info',
  tier: 'danger',
}

/** [{key, type, label}] for el-tag, in the server's order. */
export function reasonTags(reasons) {
  return (reasons ?? []).map((r, i) => ({ key: `${r.kind}-${i}`, type: REASON_TAGS[r.kind] ?? 'info', label: r.label }))
}

/** The score as shown (the server rounds to 1/1000; one decimal is enough to compare). */
export function formatScore(score) {
  return typeof score === 'number' && Number.isFinite(score) ? score.toFixed(1) : ''
}

/** The web route of a listing's detail page, as the server's notification links. */
export function listingPath(type, id) {
  return `/market/${type === 'demand' ? 'demands' : 'achievements'}/${id}`
}
