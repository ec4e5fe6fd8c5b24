// Pure helpers of the cultivation dashboard: targets against entries, growth text, the tier series, and the
// targets editor's rows (every county of the city, with the targets already set).

export const TIERS = [
  { code: 'tech_little_giant', name: '科技小巨人' },
  { code: 'gazelle', name: '瞪羚' },
  { code: 'innovation_leader', name: '创新龙头' },
  { code: 'hnte_reserve', name: '高企后备' },
  { code: 'eaglet', name: '雏鹰' },
]

/** "3 / 6（50%）", or just the count when no target is set. */
export function progressText(done, target) {
  if (target === null || target === undefined) return `${done}`
  if (target === 0) return `${done} / 0`
  return `${done} / ${target}（${Math.round((done * 100) / target)}%）`
}

/** "+12.5%", "-3%", "—" when the previous year had nothing to compare with. */
export function growthText(pct) {
  if (pct === null || pct === undefined) return '—'
  return `${pct > 0 ? '+' : ''}${pct}%`
}

/** ECharts series: one stacked bar per tier over the counties. */
export function tierSeries(items) {
  return TIERS.map((t) => ({ name: t.name, type: 'bar', stack: 'tiers', data: items.map((i) => i.tiers?.[t.code] ?? 0) }))
}

/** Rows of the targets editor: every county (from /ref/regions) with its current targets, 0 when unset. */
export function targetRows(counties, targets) {
  const set = Object.fromEntries(targets.map((t) => [t.region_code, t]))
  return counties.map((c) => ({
    region_code: c.code,
    region_name: c.name,
    tech_sme: set[c.code]?.tech_sme ?? 0,
    high_tech: set[c.code]?.high_tech ?? 0,
  }))
}

/** The PUT body: integers only, the names dropped. */
export function targetsBody(rows) {
  return { items: rows.map((r) => ({ region_code: r.region_code, tech_sme: Math.trunc(r.tech_sme ?? 0), high_tech: Math.trunc(r.high_tech ?? 0) })) }
}
