// The annual-report review workflow of the cultivation module (issue 3): save with the live assessment,
// submit, county review (return / pass), city confirmation, registration number, 公示 without login,
// objections, final after the publicity period; refusals by role (403), scope (404) and state (409).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs, BAOFENG, YEXIAN } from './lib/world.mjs';
import { annualReport } from './cultivation-data.mjs';

let city;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    city.accounts.cityAdmin = await createUser(city.clients.admin, { role: 'city_admin', orgId: city.orgs.city.id });
    city.clients.cityAdmin = await loginAs(e, city.accounts.cityAdmin);
  },
});

// Moving the clock past the publicity period also ends every session: log everyone in again.
async function advanceDaysAndLogInAgain(days) {
  await env.advanceClock(Math.round(days * 86400));
  city.clients.admin = await env.admin();
  for (const [key, account] of Object.entries(city.accounts)) city.clients[key] = await loginAs(env, account);
}

const REPORTS = '/api/v1/cultivation/reports';
const step = (client, id, name, body = {}) => client.post(`${REPORTS}/${id}/${name}`, body);

async function auditActions(targetId) {
  const body = assertOk(await city.clients.admin.get('/api/v1/audit?page_size=200'));
  return body.items.filter((e) => e.target_type === 'cultivation_report' && e.target_id === String(targetId))
    .map((e) => e.action);
}

test('saving returns the live assessment of both rule sets with their versions', async () => {
  const { baofengUser } = city.clients;
  const saved = assertOk(await baofengUser.post(REPORTS, annualReport(2024, { highTech: true })));
  assert.equal(saved.state, 'draft');
  assert.equal(saved.fiscal_year, 2024);
  assert.equal(saved.org_id, city.orgs.entBaofeng.id);
  assert.equal(saved.assessment.tech_sme.outcome, 'QUALIFIED_BY_SCORE');
  assert.equal(saved.assessment.tech_sme.scores.total, 100);
  assert.equal(saved.assessment.tech_sme.rule_set.id, 'cn.tech-sme.2022');
  assert.equal(saved.assessment.high_tech.outcome, 'QUALIFIED');
  assert.equal(saved.assessment.high_tech.rule_set.id, 'cn.hnte.2016');
  assert.equal(saved.summary.high_tech.rule_set, 'cn.hnte.2016');

  // Saving the same year again updates the draft (one report per enterprise and year) and re-assesses.
  const weaker = annualReport(2024, { techSme: { rd_expense_wan: '100', tech_staff: 5 } });
  const again = assertOk(await baofengUser.post(REPORTS, weaker));
  assert.equal(again.id, saved.id);
  assert.equal(again.assessment.high_tech, null);
  assert.ok(again.assessment.tech_sme.scores.total < 100, `total ${again.assessment.tech_sme.scores.total}`);
  assert.deepEqual(again.data.tech_sme.rd_expense_wan, '100');
});

test('the form preview assesses without storing and explains each indicator', async () => {
  const { baofengUser, cityOfficer } = city.clients;
  const preview = assertOk(await baofengUser.post(`${REPORTS}/preview`, annualReport(2021, { techSme: { rd_expense_wan: '280' } })));
  assert.equal(preview.assessment.tech_sme.scores.rd_used.points, 40);
  const sales = preview.breakdown.find((row) => row.indicator === 'rd_by_sales');
  assert.deepEqual([sales.band, sales.points, sales.next_band, sales.gap_pp, sales.ratio_pct], ['B', 40, 'A', 0.4, 5.6]);
  assert.match(sales.clause, /第七条/);
  assertError(await baofengUser.post(`${REPORTS}/preview`, { fiscal_year: 2021 }), 400, 'FIELD_MISSING', 'tech_sme');
  assertError(await cityOfficer.post(`${REPORTS}/preview`, annualReport(2021)), 403, 'FORBIDDEN');
  assert.equal(assertOk(await baofengUser.get(`${REPORTS}?fiscal_year=2021`)).total, 0, 'a preview stores nothing');
});

test('the whole workflow: return, resubmit, pass, confirm, register, publicity, objection, final', async () => {
  const { baofengUser, baofengOfficer, cityOfficer } = city.clients;
  const report = assertOk(await baofengUser.post(REPORTS, annualReport(2025)));
  const id = report.id;
  assert.equal(assertOk(await step(baofengUser, id, 'submit')).state, 'submitted');

  const queue = assertOk(await baofengOfficer.get(`${REPORTS}?state=submitted`));
  assert.ok(queue.items.some((r) => r.id === id), 'submitted report missing from the county review queue');

  const returned = assertOk(await step(baofengOfficer, id, 'county-return', { comment: '研发费用明细缺失' }));
  assert.equal(returned.state, 'returned');
  assert.equal(returned.last_comment, '研发费用明细缺失');
  assertOk(await baofengUser.post(REPORTS, annualReport(2025, { techSme: { rd_expense_wan: '320' } })));
  assert.equal(assertOk(await step(baofengUser, id, 'submit')).state, 'resubmitted');
  assert.equal(assertOk(await step(baofengOfficer, id, 'county-pass', { comment: '材料齐全' })).state, 'county_reviewed');
  assert.equal(assertOk(await step(cityOfficer, id, 'city-confirm')).state, 'city_confirmed');

  const registered = assertOk(await step(cityOfficer, id, 'register'));
  assert.equal(registered.state, 'registered');
  assert.equal(registered.registration_no, `2026-${BAOFENG.code}-0001`);

  const publicized = assertOk(await step(cityOfficer, id, 'publicize', { publicity_days: 7 }));
  assert.equal(publicized.state, 'publicity');
  const end = Date.parse(publicized.publicity_end);
  assert.ok(end > Date.now() + 6.9 * 86400e3 && end < Date.now() + 7.1 * 86400e3, publicized.publicity_end);

  // 公示 without login: the enterprise, its number and the end date.
  const anonymous = env.client();
  const listed = assertOk(await anonymous.get('/api/v1/cultivation/publicity'));
  const entry = listed.items.find((r) => r.id === id);
  assert.ok(entry, 'report under publicity missing from the public list');
  assert.equal(entry.org_name, city.orgs.entBaofeng.name);
  assert.equal(entry.registration_no, registered.registration_no);
  assert.equal(entry.publicity_end, publicized.publicity_end);
  assert.equal(entry.data, undefined, 'the public list must not expose the filed figures');

  assertOk(await step(cityOfficer, id, 'objections', { content: '有群众反映研发人员数据不实' }));
  assertError(await step(cityOfficer, id, 'finalize'), 409, 'INVALID_STATE');

  await advanceDaysAndLogInAgain(7.01);
  const after = assertOk(await anonymous.get('/api/v1/cultivation/publicity'));
  assert.ok(!after.items.some((r) => r.id === id), 'the public list still shows a finished publicity');
  assert.equal(assertOk(await step(city.clients.cityOfficer, id, 'finalize')).state, 'final');

  const detail = assertOk(await city.clients.baofengUser.get(`${REPORTS}/${id}`));
  assert.equal(detail.state, 'final');
  assert.deepEqual(detail.events.map((e) => e.action),
    ['submit', 'county_return', 'submit', 'county_pass', 'city_confirm', 'register', 'publicize', 'record_objection', 'finalize']);
  assert.equal(detail.objections.length, 1);
  assert.equal(detail.objections[0].content, '有群众反映研发人员数据不实');
  const audited = await auditActions(id);
  for (const action of ['cultivation.reports.submit', 'cultivation.reports.county_pass', 'cultivation.reports.register',
    'cultivation.reports.finalize']) assert.ok(audited.includes(action), `${action} not audited: ${audited}`);
});

test('registration numbers run per county and follow the configured format', async () => {
  const { yexianAdmin, yexianOfficer, cityOfficer, cityAdmin, baofengOfficer } = city.clients;
  assertError(await baofengOfficer.patch('/api/v1/cultivation/settings', { registration_pattern: '{seq}' }), 403, 'FORBIDDEN');
  assertError(await cityAdmin.patch('/api/v1/cultivation/settings', { registration_pattern: '{year}-{region}' }),
    400, 'FIELD_INVALID', 'registration_pattern');
  assertError(await cityAdmin.patch('/api/v1/cultivation/settings', { publicity_days: 0 }), 400, 'FIELD_INVALID', 'publicity_days');
  const settings = assertOk(await cityAdmin.patch('/api/v1/cultivation/settings', { registration_pattern: 'PDS{year}-{region}-{seq:3}' }));
  assert.equal(settings.registration_pattern, 'PDS{year}-{region}-{seq:3}');
  assert.equal(settings.publicity_days, 7);

  const { id } = assertOk(await yexianAdmin.post(REPORTS, annualReport(2025)));
  assertOk(await step(yexianAdmin, id, 'submit'));
  assertOk(await step(yexianOfficer, id, 'county-pass'));
  assertOk(await step(cityOfficer, id, 'city-confirm'));
  assert.equal(assertOk(await step(cityOfficer, id, 'register')).registration_no, `PDS2026-${YEXIAN.code}-001`);
});

test('refusals: wrong role 403, other county 404, wrong state 409', async () => {
  const { baofengUser, baofengOfficer, yexianOfficer, yexianAdmin, cityOfficer, expert } = city.clients;
  const { id } = assertOk(await baofengUser.post(REPORTS, annualReport(2023)));

  assertError(await step(baofengOfficer, id, 'county-pass'), 409, 'INVALID_STATE');  // still a draft
  assertError(await step(cityOfficer, id, 'city-confirm'), 409, 'INVALID_STATE');
  assertError(await step(cityOfficer, id, 'submit'), 403, 'FORBIDDEN');               // only the enterprise submits
  assertOk(await step(baofengUser, id, 'submit'));
  assertError(await step(baofengUser, id, 'submit'), 409, 'INVALID_STATE');
  assertError(await baofengUser.post(REPORTS, annualReport(2023)), 409, 'INVALID_STATE');  // no edits once submitted
  assertError(await step(baofengUser, id, 'county-pass'), 403, 'FORBIDDEN');
  assertError(await step(cityOfficer, id, 'county-pass'), 403, 'FORBIDDEN');
  assertError(await step(yexianOfficer, id, 'county-pass'), 404, 'NOT_FOUND');
  assertError(await yexianOfficer.get(`${REPORTS}/${id}`), 404, 'NOT_FOUND');
  assertError(await yexianAdmin.get(`${REPORTS}/${id}`), 404, 'NOT_FOUND');
  assertError(await expert.get(REPORTS), 403, 'FORBIDDEN');
  assertError(await step(cityOfficer, id, 'register'), 409, 'INVALID_STATE');
  assertError(await step(cityOfficer, id, 'finalize'), 409, 'INVALID_STATE');
  assertError(await step(cityOfficer, id, 'objections', { content: '异议' }), 409, 'INVALID_STATE');
  assertError(await step(baofengOfficer, id, 'county-return', {}), 400, 'FIELD_MISSING', 'comment');
  assertError(await step(baofengOfficer, id, 'county-return', { comment: '  ' }), 400, 'FIELD_INVALID', 'comment');
  assertError(await step(baofengOfficer, id, 'county-pass', { verdict: 'ok' }), 400, 'FIELD_UNKNOWN', 'verdict');

  const yexianList = assertOk(await yexianOfficer.get(REPORTS));
  assert.ok(!yexianList.items.some((r) => r.id === id), 'a county officer lists another county\'s report');
  const cityList = assertOk(await cityOfficer.get(`${REPORTS}?fiscal_year=2023`));
  assert.ok(cityList.items.some((r) => r.id === id), 'the city officer does not list the county report');
  assertError(await cityOfficer.get(`${REPORTS}?state=approved`), 400, 'FIELD_INVALID', 'state');
  // Bureaus do not file annual reports.
  assertError(await cityOfficer.post(REPORTS, annualReport(2023)), 403, 'FORBIDDEN');
});

test('validation errors name the field inside its section', async () => {
  const { baofengUser } = city.clients;
  const missing = annualReport(2022);
  delete missing.tech_sme.employees_total;
  assertError(await baofengUser.post(REPORTS, missing), 400, 'FIELD_MISSING', 'tech_sme.employees_total');
  const unknown = annualReport(2022, { techSme: { colour: 'red' } });
  assertError(await baofengUser.post(REPORTS, unknown), 400, 'FIELD_UNKNOWN', 'tech_sme.colour');
  const floaty = annualReport(2022, { techSme: { rd_expense_wan: 300.5 } });
  assertError(await baofengUser.post(REPORTS, floaty), 400, 'FIELD_INVALID', 'tech_sme.rd_expense_wan');
  assertError(await baofengUser.post(REPORTS, { ...annualReport(2022), fiscal_year: 2030 }), 400, 'FIELD_INVALID',
    'tech_sme.evaluation_year');
  const hnte = annualReport(2024, { highTech: true });
  delete hnte.high_tech.latest_year.total_income_wan;
  assertError(await baofengUser.post(REPORTS, hnte), 400, 'FIELD_MISSING', 'high_tech.latest_year.total_income_wan');
  assertError(await baofengUser.post(REPORTS, { ...annualReport(2022), note: 'x' }), 400, 'FIELD_UNKNOWN', 'note');
  // Nothing was stored by the refused requests.
  const listed = assertOk(await baofengUser.get(`${REPORTS}?fiscal_year=2022`));
  assert.equal(listed.total, 0);
});
