// Turns the portal's search form into the query of GET /api/v1/market/search: only the filters that apply to the
// chosen type, empty ones left out, the page as an offset.
export const SEARCH_TYPES = [
  { value: 'achievement', label: '科技成果', modeKey: 'transfer', maturity: true },
  { value: 'demand', label: '技术需求', modeKey: 'cooperation', maturity: false },
  { value: 'expert', label: '专家', modeKey: null, maturity: false },
  { value: 'agency', label: '技术转移机构', modeKey: null, maturity: false },
]

export function searchTypeOf(type) {
  return SEARCH_TYPES.find((t) => t.value === type) ?? SEARCH_TYPES[0]
}

/** form: {q, type, field, industry, region, mode, maturity, dates: [from, to] | null}; page from 1. */
export function searchQuery(form, page, pageSize) {
  const t = searchTypeOf(form.type)
  const query = { type: t.value, limit: pageSize, offset: (page - 1) * pageSize }
  const put = (key, value) => { if (value) query[key] = String(value).trim() }
  put('q', form.q)
  put('field', form.field)
  put('industry', form.industry)
  put('region', form.region)
  if (t.modeKey) put('mode', form.mode)
  if (t.maturity) put('maturity', form.maturity)
  if (form.dates?.length === 2) {
    put('published_from', form.dates[0])
    put('published_to', form.dates[1])
  }
  return query
}

/** The plain text of a record's body for a result card when the server sent no snippet. */
export function bodyOf(item) {
  return item.abstract ?? item.description ?? item.research_summary ?? item.services ?? ''
}

/** "共 N 条" or "超过 N 条" when the server capped its count. */
export function totalLabel(result) {
  if (!result) return ''
  return result.total_is_estimate ? `超过 ${result.total} 条` : `共 ${result.total} 条`
}
