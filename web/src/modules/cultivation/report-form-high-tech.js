// The 高企 part of the annual-report form: the 高新技术企业 section of the assessment contract (three-year
// figures, IP with class and acquisition, the innovation-score inputs), the certificates and qualifications
// (高企证书 with its dates, 省级研发机构, 国家科技奖, 主导制定标准), and the preview's "how far to the next band".

/** Money stays a decimal string (never a binary floating-point number): "312.5". */
export const money = (value) => String(value ?? '').trim()
const int = (value) => Math.trunc(Number(value ?? 0))
const filled = (value) => money(value) !== ''

export function emptyHighTechForm(fiscalYear) {
  return {
    enabled: false,
    application_date: `${fiscalYear + 1}-06-30`,
    tech_domain: '',
    major_incident_prev_year: false,
    // Oldest first; a year left without sales is left out (an enterprise younger than three years).
    fiscal_years: [fiscalYear - 2, fiscalYear - 1, fiscalYear].map((year) => ({ year, sales_wan: '', rd_wan: '', rd_domestic_wan: '' })),
    high_tech_revenue_wan: '',
    total_income_wan: '',
    innovation: {
      advancement: 0, core_support: 0, participated_standards: false, standards_bonus_pick: 0, ip_count_pick: 0,
      acquisition_pick: 0, transform_count_3y: 0, transform_years: 3, transform_pick: 0,
      org: { m1: 0, m2: 0, m3: 0, m4: 0 }, net_assets_wan: ['', '', ''], growth_net_assets_pick: 0, growth_sales_pick: 0,
    },
  }
}

export function emptyCertificates() {
  return {
    hnte: { number: '', issued_on: '', expires_on: '' },
    provincial_rd_institution: false,
    award: { year: null, name: '', rank_among_units: null },
    standard: { year: null, level: '', rank: null },
  }
}

/** One IP item of the form; both sections read from it. */
export function emptyIpItem() {
  return { class: 'I', kind: '发明专利', valid: true, related_to_main_product: true, acquisition: 'self',
    owned_by_applicant: true, used_in_prior_hnte_application: false }
}

/** The 高企 section of the body, or undefined when the enterprise does not fill it in. */
export function highTechBody(form) {
  const h = form.high_tech
  if (!h.enabled) return undefined
  const years = h.fiscal_years.filter((y) => filled(y.sales_wan))
  const inn = h.innovation
  return {
    registration_date: form.registration_date,
    application_date: h.application_date,
    tech_domain: h.tech_domain.trim(),
    ip: form.ip.map((item) => ({
      class: item.class, kind: item.kind, acquisition: item.acquisition, owned_by_applicant: Boolean(item.owned_by_applicant),
      valid: Boolean(item.valid), supports_main_product: Boolean(item.related_to_main_product),
      used_in_prior_hnte_application: Boolean(item.used_in_prior_hnte_application),
    })),
    employees_total: int(form.employees_total),
    tech_staff: int(form.tech_staff),
    fiscal_years: years.map((y) => ({ year: y.year, sales_wan: money(y.sales_wan), rd_wan: money(y.rd_wan), rd_domestic_wan: money(y.rd_domestic_wan) })),
    latest_year: { year: form.fiscal_year, high_tech_revenue_wan: money(h.high_tech_revenue_wan), total_income_wan: money(h.total_income_wan) },
    major_incident_prev_year: Boolean(h.major_incident_prev_year),
    innovation: {
      advancement: int(inn.advancement), core_support: int(inn.core_support), participated_standards: Boolean(inn.participated_standards),
      standards_bonus_pick: int(inn.standards_bonus_pick), ip_count_pick: int(inn.ip_count_pick), acquisition_pick: int(inn.acquisition_pick),
      transform_count_3y: int(inn.transform_count_3y), transform_years: int(inn.transform_years), transform_pick: int(inn.transform_pick),
      org: { m1: int(inn.org.m1), m2: int(inn.org.m2), m3: int(inn.org.m3), m4: int(inn.org.m4) },
      net_assets_wan: inn.net_assets_wan.filter(filled).map(money),
      growth_net_assets_pick: int(inn.growth_net_assets_pick), growth_sales_pick: int(inn.growth_sales_pick),
    },
  }
}

/** The tech-sme section's `direct` claims from the certificates. */
export function directClaims(form) {
  const c = form.certificates
  const direct = {}
  if (form.hnte_cert_valid) direct.hnte_cert_valid = true
  if (c.provincial_rd_institution) direct.provincial_rd_institution = true
  if (c.award.name.trim()) direct.national_sci_award = { year: int(c.award.year), name: c.award.name.trim(), rank_among_units: int(c.award.rank_among_units) }
  if (c.standard.level) direct.led_standard = { year: int(c.standard.year), level: c.standard.level, rank: int(c.standard.rank) }
  return direct
}

/** The 高企 certificate, when its number is filled in. */
export function certificateBody(form) {
  const hnte = form.certificates.hnte
  if (!hnte.number.trim()) return undefined
  return { number: hnte.number.trim(), issued_on: hnte.issued_on, expires_on: hnte.expires_on }
}

/** Whether a certificate is valid on `day` (YYYY-MM-DD): the form sets 有效期内高企 from the dates. */
export function certificateValidOn(hnte, day) {
  return Boolean(hnte.issued_on && hnte.expires_on && hnte.issued_on <= day && day <= hnte.expires_on)
}

/** Fills the 高企 parts of `form` back from a stored report's data. */
export function fillHighTech(form, data) {
  const sme = data?.tech_sme ?? {}
  const direct = sme.direct ?? {}
  const c = form.certificates
  if (data?.hnte_certificate) c.hnte = { ...data.hnte_certificate }
  c.provincial_rd_institution = Boolean(direct.provincial_rd_institution)
  if (direct.national_sci_award) c.award = { ...direct.national_sci_award }
  if (direct.led_standard) c.standard = { ...direct.led_standard }
  const h = data?.high_tech
  if (!h) return
  Object.assign(form.high_tech, {
    enabled: true, application_date: h.application_date, tech_domain: h.tech_domain,
    major_incident_prev_year: h.major_incident_prev_year,
    high_tech_revenue_wan: h.latest_year.high_tech_revenue_wan, total_income_wan: h.latest_year.total_income_wan,
  })
  for (const y of h.fiscal_years) {
    const slot = form.high_tech.fiscal_years.find((s) => s.year === y.year)
    if (slot) Object.assign(slot, y)
  }
  const inn = { ...h.innovation, org: { ...h.innovation.org } }
  inn.net_assets_wan = [...h.innovation.net_assets_wan, '', '', ''].slice(0, 3)
  form.high_tech.innovation = inn
  h.ip.forEach((item, i) => {
    if (!form.ip[i]) return
    Object.assign(form.ip[i], { acquisition: item.acquisition, owned_by_applicant: item.owned_by_applicant,
      used_in_prior_hnte_application: Boolean(item.used_in_prior_hnte_application) })
  })
}

/** "距 A 档（≥35%）差 8.3333 个百分点，可评 9–10 分" for an innovation row of the preview. */
export function innovationNextText(row) {
  if (!row.next_band) return '已在最高档'
  const sign = row.next_edge_inclusive ? '≥' : '>'
  const gap = row.unit === '%' ? `${row.gap} 个百分点` : `${row.gap} ${row.unit}`
  const verb = row.next_edge_inclusive ? '差' : '需超过下限，差'
  return `距 ${row.next_band} 档（${sign}${row.next_band_edge}${row.unit}）${verb} ${gap}，可评 ${row.next_range[0]}–${row.next_range[1]} 分`
}
