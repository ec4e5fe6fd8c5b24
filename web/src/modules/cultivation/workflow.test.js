import { describe, it, expect } from 'vitest'
import { stepsFor, editable, nextBandText } from './workflow.js'
import { emptyReportForm, formFromData, reportBody } from './report-form.js'

const steps = (state, role) => stepsFor(state, role).map((s) => s.step)

describe('stepsFor', () => {
  it('offers each role only its own steps in the right state', () => {
    expect(steps('draft', 'org_user')).toEqual(['submit'])
    expect(steps('returned', 'org_admin')).toEqual(['submit'])
    expect(steps('submitted', 'org_user')).toEqual([])
    expect(steps('submitted', 'county_officer')).toEqual(['county-pass', 'county-return'])
    expect(steps('resubmitted', 'county_officer')).toEqual(['county-pass', 'county-return'])
    expect(steps('submitted', 'city_officer')).toEqual([])
    expect(steps('county_reviewed', 'city_officer')).toEqual(['city-confirm'])
    expect(steps('city_confirmed', 'city_admin')).toEqual(['register'])
    expect(steps('registered', 'city_officer')).toEqual(['publicize'])
    expect(steps('publicity', 'city_officer')).toEqual(['finalize'])
    expect(steps('final', 'admin')).toEqual([])
    expect(steps('county_reviewed', 'expert')).toEqual([])
  })

  it('lets the enterprise edit drafts and returned reports only', () => {
    expect(editable(undefined)).toBe(true)
    expect(editable('returned')).toBe(true)
    expect(editable('submitted')).toBe(false)
  })

  it('explains the distance to the next band', () => {
    expect(nextBandText({ next_band: null })).toBe('已在最高档')
    expect(nextBandText({ next_band: 'A', next_band_edge_pct: 6, gap_pp: 0.4, points_gain: 10 })).toContain('差 0.4 个百分点')
  })
})

describe('reportBody', () => {
  it('builds the contract body with money as decimal strings and the next evaluation year', () => {
    const form = { ...emptyReportForm(2025), sales_revenue_wan: 5000, rd_expense_wan: ' 312.5 ', employees_total: '100' }
    const body = reportBody(form)
    expect(body.fiscal_year).toBe(2025)
    expect(body.tech_sme.evaluation_year).toBe(2026)
    expect(body.tech_sme.sales_revenue_wan).toBe('5000')
    expect(body.tech_sme.rd_expense_wan).toBe('312.5')
    expect(body.tech_sme.employees_total).toBe(100)
    expect(body.registration_date).toBeUndefined()
  })

  it('round-trips a stored report', () => {
    const form = { ...emptyReportForm(2025), registration_date: '2019-03-01', hnte_cert_valid: true, industry: '6513',
      ip: [{ class: 'I', kind: '发明专利', valid: true, related_to_main_product: true }] }
    const again = formFromData(2025, reportBody(form))
    expect(reportBody(again)).toEqual(reportBody(form))
  })
})
