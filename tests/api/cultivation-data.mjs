// Annual-report bodies for the cultivation API tests: the two worked examples of assessment-contract.md
// wrapped as {fiscal_year, tech_sme, high_tech?}.
export function techSmeInput(evaluationYear, overrides = {}) {
  return {
    evaluation_year: evaluationYear,
    resident_enterprise_cn_mainland: true,
    accounting_sound_and_audit_collection: true,
    industry: '软件和信息技术服务业',
    major_incident_or_serious_dishonesty: false,
    on_abnormal_or_dishonest_list: false,
    direct: {},
    employees_total: 100,
    tech_staff: 30,
    sales_revenue_wan: '5000',
    total_assets_wan: '3000',
    rd_expense_wan: '300',
    cost_expense_total_wan: '4500',
    ip: [{ class: 'I', kind: '发明专利', valid: true, related_to_main_product: true }],
    ...overrides,
  };
}

const ipItem = { class: 'I', kind: '发明专利', acquisition: 'self', owned_by_applicant: true, valid: true, supports_main_product: true };

export function highTechInput() {
  return {
    registration_date: '2019-03-01',
    application_date: '2025-06-30',
    tech_domain: '电子信息',
    ip: [ipItem, ipItem],
    employees_total: 120,
    tech_staff: 30,
    fiscal_years: [
      { year: 2022, sales_wan: '3000', rd_wan: '200', rd_domestic_wan: '200' },
      { year: 2023, sales_wan: '4000', rd_wan: '260', rd_domestic_wan: '260' },
      { year: 2024, sales_wan: '4800', rd_wan: '300', rd_domestic_wan: '300' },
    ],
    latest_year: { year: 2024, high_tech_revenue_wan: '4200', total_income_wan: '5000' },
    major_incident_prev_year: false,
    innovation: {
      advancement: 7, core_support: 7, participated_standards: false, standards_bonus_pick: 0, ip_count_pick: 8,
      acquisition_pick: 5, transform_count_3y: 15, transform_years: 3, transform_pick: 26,
      org: { m1: 5, m2: 5, m3: 3, m4: 3 }, net_assets_wan: ['2000', '2600', '3300'],
      growth_net_assets_pick: 8, growth_sales_pick: 7,
    },
  };
}

export function annualReport(fiscalYear, { highTech = false, techSme = {} } = {}) {
  const body = { fiscal_year: fiscalYear, tech_sme: techSmeInput(fiscalYear + 1, techSme) };
  if (highTech) body.high_tech = highTechInput();
  return body;
}

// The .xlsx member reader moved to lib/xlsx-read.mjs, shared with the list-export tests.
export { zipMember } from './lib/xlsx-read.mjs';

/** Takes an enterprise's report through review to registration (入库科技型中小企业); answers its id. */
export async function registerReport({ enterprise, countyOfficer, cityOfficer }, body) {
  const { assertOk } = await import('./lib/client.mjs');
  const step = (client, id, name) => client.post(`/api/v1/cultivation/reports/${id}/${name}`, {});
  const { id } = assertOk(await enterprise.post('/api/v1/cultivation/reports', body));
  assertOk(await step(enterprise, id, 'submit'));
  assertOk(await step(countyOfficer, id, 'county-pass'));
  assertOk(await step(cityOfficer, id, 'city-confirm'));
  assertOk(await step(cityOfficer, id, 'register'));
  return id;
}
