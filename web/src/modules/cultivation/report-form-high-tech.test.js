import { describe, it, expect } from 'vitest'
import { emptyReportForm, formFromData, reportBody } from './report-form.js'
import { emptyIpItem, certificateValidOn, innovationNextText } from './report-form-high-tech.js'

// The worked 高企 example of assessment-contract.md, entered through the form.
function exampleForm() {
  const form = emptyReportForm(2024)
  Object.assign(form, { registration_date: '2019-03-01', employees_total: 120, tech_staff: 30 })
  form.ip = [emptyIpItem(), emptyIpItem()]
  const h = form.high_tech
  Object.assign(h, { enabled: true, application_date: '2025-06-30', tech_domain: '电子信息', high_tech_revenue_wan: '4200', total_income_wan: '5000' })
  h.fiscal_years = [
    { year: 2022, sales_wan: '3000', rd_wan: '200', rd_domestic_wan: '200' },
    { year: 2023, sales_wan: '4000', rd_wan: '260', rd_domestic_wan: '260' },
    { year: 2024, sales_wan: 4800, rd_wan: '300 ', rd_domestic_wan: '300' },
  ]
  Object.assign(h.innovation, { advancement: 7, core_support: 7, ip_count_pick: 8, acquisition_pick: 5, transform_count_3y: 15,
    transform_years: 3, transform_pick: 26, org: { m1: 5, m2: 5, m3: 3, m4: 3 }, net_assets_wan: ['2000', '2600', '3300'],
    growth_net_assets_pick: 8, growth_sales_pick: 7 })
  return form
}

const ipItem = { class: 'I', kind: '发明专利', acquisition: 'self', owned_by_applicant: true, valid: true, supports_main_product: true, used_in_prior_hnte_application: false }

describe('the 高企 section of the report form', () => {
  it('builds the contract\'s high-tech input, money as decimal strings', () => {
    const body = reportBody(exampleForm())
    expect(body.high_tech).toEqual({
      registration_date: '2019-03-01', application_date: '2025-06-30', tech_domain: '电子信息', ip: [ipItem, ipItem],
      employees_total: 120, tech_staff: 30,
      fiscal_years: [
        { year: 2022, sales_wan: '3000', rd_wan: '200', rd_domestic_wan: '200' },
        { year: 2023, sales_wan: '4000', rd_wan: '260', rd_domestic_wan: '260' },
        { year: 2024, sales_wan: '4800', rd_wan: '300', rd_domestic_wan: '300' },
      ],
      latest_year: { year: 2024, high_tech_revenue_wan: '4200', total_income_wan: '5000' },
      major_incident_prev_year: false,
      innovation: { advancement: 7, core_support: 7, participated_standards: false, standards_bonus_pick: 0, ip_count_pick: 8,
        acquisition_pick: 5, transform_count_3y: 15, transform_years: 3, transform_pick: 26, org: { m1: 5, m2: 5, m3: 3, m4: 3 },
        net_assets_wan: ['2000', '2600', '3300'], growth_net_assets_pick: 8, growth_sales_pick: 7 },
    })
  })

  it('leaves out the years and net assets of a younger enterprise, and the section when not filled in', () => {
    const form = exampleForm()
    form.high_tech.fiscal_years[0].sales_wan = ''
    form.high_tech.innovation.net_assets_wan[0] = ''
    const body = reportBody(form)
    expect(body.high_tech.fiscal_years.map((y) => y.year)).toEqual([2023, 2024])
    expect(body.high_tech.innovation.net_assets_wan).toEqual(['2600', '3300'])
    form.high_tech.enabled = false
    expect(reportBody(form).high_tech).toBeUndefined()
  })

  it('sends the certificates as direct claims and the 高企 certificate with its dates', () => {
    const form = exampleForm()
    form.hnte_cert_valid = true
    Object.assign(form.certificates, {
      hnte: { number: ' GR202341000123 ', issued_on: '2023-12-08', expires_on: '2026-12-07' },
      provincial_rd_institution: true,
      award: { year: 2022, name: '国家科学技术进步奖', rank_among_units: 2 },
      standard: { year: 2023, level: 'national', rank: 1 },
    })
    const body = reportBody(form)
    expect(body.tech_sme.direct).toEqual({ hnte_cert_valid: true, provincial_rd_institution: true,
      national_sci_award: { year: 2022, name: '国家科学技术进步奖', rank_among_units: 2 },
      led_standard: { year: 2023, level: 'national', rank: 1 } })
    expect(body.hnte_certificate).toEqual({ number: 'GR202341000123', issued_on: '2023-12-08', expires_on: '2026-12-07' })
    expect(reportBody(formFromData(2024, body))).toEqual(body)
  })

  it('round-trips a stored report with its 高企 section and IP acquisition', () => {
    const form = exampleForm()
    form.ip[1] = { ...emptyIpItem(), class: 'II', kind: '软件著作权', acquisition: 'transfer', used_in_prior_hnte_application: true }
    const body = reportBody(form)
    expect(reportBody(formFromData(2024, body))).toEqual(body)
  })

  it('tells whether the certificate covers a day, both ends inclusive', () => {
    const hnte = { issued_on: '2023-12-08', expires_on: '2026-12-07' }
    expect(certificateValidOn(hnte, '2026-12-07')).toBe(true)
    expect(certificateValidOn(hnte, '2026-12-08')).toBe(false)
    expect(certificateValidOn(hnte, '2023-12-07')).toBe(false)
    expect(certificateValidOn({ issued_on: '', expires_on: '' }, '2025-01-01')).toBe(false)
  })

  it('says how far the next innovation band is', () => {
    expect(innovationNextText({ next_band: null })).toBe('已在最高档')
    expect(innovationNextText({ next_band: 'A', next_band_edge: 35, next_edge_inclusive: true, gap: 8.3333, unit: '%', next_range: [9, 10] }))
      .toBe('距 A 档（≥35%）差 8.3333 个百分点，可评 9–10 分')
    expect(innovationNextText({ next_band: 'C', next_band_edge: 3, next_edge_inclusive: true, gap: 1, unit: '项', next_range: [3, 4] }))
      .toBe('距 C 档（≥3项）差 1 项，可评 3–4 分')
  })
})
