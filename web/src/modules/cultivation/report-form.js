// The annual-report form's model and its request body ({fiscal_year, registration_date?, tech_sme, high_tech?,
// hnte_certificate?}), following the assessment contract's field names (docs: assessment-contract.md).
import { money, emptyHighTechForm, emptyCertificates, emptyIpItem, highTechBody, directClaims, certificateBody, fillHighTech } from './report-form-high-tech.js'

export function emptyReportForm(fiscalYear) {
  return {
    fiscal_year: fiscalYear,
    registration_date: '',
    industry: '',
    resident_enterprise_cn_mainland: true,
    accounting_sound_and_audit_collection: true,
    major_incident_or_serious_dishonesty: false,
    on_abnormal_or_dishonest_list: false,
    hnte_cert_valid: false,
    employees_total: 0,
    tech_staff: 0,
    sales_revenue_wan: '0',
    total_assets_wan: '0',
    rd_expense_wan: '0',
    cost_expense_total_wan: '0',
    ip: [],
    certificates: emptyCertificates(),
    high_tech: emptyHighTechForm(fiscalYear),
  }
}

/** The form filled from a stored report's `data`. */
export function formFromData(fiscalYear, data) {
  const form = emptyReportForm(fiscalYear)
  const sme = data?.tech_sme ?? {}
  for (const key of Object.keys(form)) if (key in sme && key !== 'ip') form[key] = sme[key]
  form.hnte_cert_valid = Boolean(sme.direct?.hnte_cert_valid)
  form.registration_date = data?.registration_date ?? data?.high_tech?.registration_date ?? ''
  form.ip = (sme.ip ?? []).map((item) => ({ ...emptyIpItem(), ...item }))
  fillHighTech(form, data)
  return form
}

export function reportBody(form) {
  const body = {
    fiscal_year: form.fiscal_year,
    tech_sme: {
      evaluation_year: form.fiscal_year + 1,
      resident_enterprise_cn_mainland: form.resident_enterprise_cn_mainland,
      accounting_sound_and_audit_collection: form.accounting_sound_and_audit_collection,
      industry: form.industry,
      major_incident_or_serious_dishonesty: form.major_incident_or_serious_dishonesty,
      on_abnormal_or_dishonest_list: form.on_abnormal_or_dishonest_list,
      direct: directClaims(form),
      employees_total: Number(form.employees_total),
      tech_staff: Number(form.tech_staff),
      sales_revenue_wan: money(form.sales_revenue_wan),
      total_assets_wan: money(form.total_assets_wan),
      rd_expense_wan: money(form.rd_expense_wan),
      cost_expense_total_wan: money(form.cost_expense_total_wan),
      ip: form.ip.map((item) => ({
        class: item.class,
        kind: item.kind,
        valid: Boolean(item.valid),
        related_to_main_product: Boolean(item.related_to_main_product),
      })),
    },
  }
  if (form.registration_date) body.registration_date = form.registration_date
  const highTech = highTechBody(form)
  if (highTech) body.high_tech = highTech
  const certificate = certificateBody(form)
  if (certificate) body.hnte_certificate = certificate
  return body
}
