// The 高企 reserve pool (issue 3): automatic entry by the reserve rule at the yearly re-assessment, manual
// nomination by counties, the service officer and visit log, exit candidates (no longer qualifying, or no
// report by the deadline) and the officer's keep/exit decision (有进有出).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createOrg, createUser, loginAs, BAOFENG } from './lib/world.mjs';
import { annualReport } from './cultivation-data.mjs';

let city;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    city.accounts.cityAdmin = await createUser(city.clients.admin, { role: 'city_admin', orgId: city.orgs.city.id });
    city.clients.cityAdmin = await loginAs(e, city.accounts.cityAdmin);
    city.orgs.silent = await createOrg(city.clients.admin, { region: BAOFENG.code });  // files nothing
  },
});

const REPORTS = '/api/v1/cultivation/reports';
const POOL = '/api/v1/cultivation/reserve-pool';
const step = (client, id, name, body = {}) => client.post(`${REPORTS}/${id}/${name}`, body);
const reassess = (year) => city.clients.cityAdmin.post(`${POOL}/reassess`, { fiscal_year: year });

async function poolEntry(client, orgId) {
  const list = assertOk(await client.get(`${POOL}?page_size=200`));
  return list.items.find((e) => e.org_id === orgId);
}

// A report of the Baofeng enterprise taken through review to registration (入库科技型中小企业).
async function registeredReport(fiscalYear, techSme = {}) {
  const { baofengUser, baofengOfficer, cityOfficer } = city.clients;
  const body = { ...annualReport(fiscalYear, { techSme }), registration_date: '2019-03-01' };
  const { id } = assertOk(await baofengUser.post(REPORTS, body));
  assertOk(await step(baofengUser, id, 'submit'));
  assertOk(await step(baofengOfficer, id, 'county-pass'));
  assertOk(await step(cityOfficer, id, 'city-confirm'));
  assertOk(await step(cityOfficer, id, 'register'));
  return id;
}

test('the yearly run nominates an entered tech SME that meets the reserve rule', async () => {
  // Reports are due by the end of the year after the fiscal year (the real clock is late in 2026).
  const settings = assertOk(await city.clients.cityAdmin.patch('/api/v1/cultivation/settings', { report_deadline: '12-31' }));
  assert.equal(settings.report_deadline, '12-31');
  assertError(await city.clients.cityAdmin.patch('/api/v1/cultivation/settings', { report_deadline: '02-29' }),
    400, 'FIELD_INVALID', 'report_deadline');
  assertError(await city.clients.cityOfficer.post(`${POOL}/reassess`, { fiscal_year: 2025 }), 403, 'FORBIDDEN');
  assertError(await reassess(1999), 400, 'FIELD_INVALID', 'fiscal_year');
  await registeredReport(2025);
  // The Yexian enterprise's report is only a draft: it does not count.
  assertOk(await city.clients.yexianAdmin.post(REPORTS, { ...annualReport(2025), registration_date: '2019-03-01' }));
  const run = assertOk(await reassess(2025));
  assert.equal(run.nominated, 1);
  assert.equal(run.exit_candidates, 0);
  assert.ok(run.examined >= 3, `examined ${run.examined}`);
  const entry = await poolEntry(city.clients.baofengOfficer, city.orgs.entBaofeng.id);
  assert.equal(entry.status, 'active');
  assert.equal(entry.source, 'auto');
  assert.match(entry.reason, /2025年度年报自动入库/);
  assert.ok(entry.rule_set.length > 0, 'the rule-set version is kept');
  // A second run changes nothing.
  const again = assertOk(await reassess(2025));
  assert.equal(again.nominated + again.exit_candidates, 0);
});

test('counties nominate by hand within their own county, with a reason', async () => {
  const { baofengOfficer, yexianOfficer, baofengUser } = city.clients;
  assertError(await baofengOfficer.post(POOL, { org_id: city.orgs.silent.id }), 400, 'FIELD_MISSING', 'reason');
  assertError(await baofengUser.post(POOL, { org_id: city.orgs.silent.id, reason: '自荐' }), 403, 'FORBIDDEN');
  assertError(await yexianOfficer.post(POOL, { org_id: city.orgs.silent.id, reason: '跨县推荐' }), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.post(POOL, { org_id: city.orgs.baofeng.id, reason: '科技局' }), 400, 'FIELD_INVALID', 'org_id');
  const created = assertOk(await baofengOfficer.post(POOL, { org_id: city.orgs.silent.id, reason: '拥有3项发明专利，成长快' }), 201);
  assert.equal(created.source, 'manual');
  assert.equal(created.status, 'active');
  assert.equal(created.reason, '拥有3项发明专利，成长快');
  assertError(await baofengOfficer.post(POOL, { org_id: city.orgs.silent.id, reason: '再次' }), 409, 'CONFLICT');
  assertOk(await yexianOfficer.post(POOL, { org_id: city.orgs.entYexian.id, reason: '重点培育' }), 201);
  const listed = assertOk(await yexianOfficer.get(POOL));
  assert.deepEqual(listed.items.map((e) => e.org_id), [city.orgs.entYexian.id], 'a county officer lists only the own county');
});

test('a service officer is assigned and logs visits with the technology needs', async () => {
  const { baofengOfficer, cityOfficer, yexianOfficer } = city.clients;
  const org = city.orgs.entBaofeng.id;
  assertError(await baofengOfficer.post(`${POOL}/${org}/service-officer`, { user_id: city.accounts.yexianOfficer.user.id }),
    400, 'FIELD_INVALID', 'user_id');
  const assigned = assertOk(await baofengOfficer.post(`${POOL}/${org}/service-officer`, { user_id: city.accounts.baofengOfficer.user.id }));
  assert.equal(assigned.service_officer_id, city.accounts.baofengOfficer.user.id);
  const visit = { visited_on: '2026-11-20', summary: '走访了解研发项目进展', tech_needs: ['高精度传感器算法', '中试基地'] };
  assertError(await cityOfficer.post(`${POOL}/${org}/visits`, visit), 403, 'FORBIDDEN');
  assertError(await yexianOfficer.post(`${POOL}/${org}/visits`, visit), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.post(`${POOL}/${org}/visits`, { ...visit, visited_on: '2026-13-01' }), 400, 'FIELD_INVALID', 'visited_on');
  assertError(await baofengOfficer.post(`${POOL}/${org}/visits`, { ...visit, tech_needs: [1] }), 400, 'FIELD_INVALID', 'tech_needs[0]');
  assertOk(await baofengOfficer.post(`${POOL}/${org}/visits`, visit), 201);
  const visits = assertOk(await cityOfficer.get(`${POOL}/${org}/visits`));
  assert.equal(visits.items.length, 1);
  assert.deepEqual(visits.items[0].tech_needs.map((n) => n.text), visit.tech_needs);
});

test('exit candidates: no longer qualifying now, nothing filed once the deadline has passed; officers decide', async () => {
  const { yexianAdmin, yexianOfficer } = city.clients;
  // Fiscal 2026: its deadline (2027-12-31) is ahead. The Yexian enterprise files weak figures.
  const { id } = assertOk(await yexianAdmin.post(REPORTS, { ...annualReport(2026, { techSme: { rd_expense_wan: '100' } }), registration_date: '2019-03-01' }));
  assertOk(await step(yexianAdmin, id, 'submit'));
  const before = assertOk(await reassess(2026));
  assert.equal(before.deadline_passed, false);
  assert.equal(before.exit_candidates, 1, 'only the member whose filed data fail the rule');
  const weak = await poolEntry(yexianOfficer, city.orgs.entYexian.id);
  assert.equal(weak.status, 'exit_candidate');
  assert.match(weak.exit_reason, /2026年度不再符合后备库条件/);
  assert.equal(weak.exit_year, 2026);
  assertOk(await yexianOfficer.post(`${POOL}/${city.orgs.entYexian.id}/decision`, { decision: 'keep', comment: '企业正在补充研发投入' }));
  assertError(await yexianOfficer.post(`${POOL}/${city.orgs.entYexian.id}/decision`, { decision: 'exit' }), 409, 'INVALID_STATE');

  // Past the deadline, the members without a 2026 report become exit candidates, with the reason kept.
  await env.advanceClock(410 * 86400);
  city.clients.cityAdmin = await loginAs(env, city.accounts.cityAdmin);
  const baofengOfficer = await loginAs(env, city.accounts.baofengOfficer);
  const yexian = await loginAs(env, city.accounts.yexianOfficer);
  const after = assertOk(await reassess(2026));
  assert.equal(after.deadline_passed, true);
  assert.equal(after.exit_candidates, 2);
  for (const org of [city.orgs.entBaofeng, city.orgs.silent]) {
    const entry = await poolEntry(baofengOfficer, org.id);
    assert.equal(entry.status, 'exit_candidate', `org ${org.id}`);
    assert.equal(entry.exit_reason, '未在截止日期前报送2026年度年报');
  }
  assertError(await yexian.post(`${POOL}/${city.orgs.silent.id}/decision`, { decision: 'exit' }), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.post(`${POOL}/${city.orgs.silent.id}/decision`, { decision: 'maybe' }), 400, 'FIELD_INVALID', 'decision');
  const exited = assertOk(await baofengOfficer.post(`${POOL}/${city.orgs.silent.id}/decision`, { decision: 'exit', comment: '连续未报送' }));
  assert.equal(exited.status, 'exited');
  assert.equal(exited.exit_reason, '未在截止日期前报送2026年度年报');
  const kept = assertOk(await baofengOfficer.post(`${POOL}/${city.orgs.entBaofeng.id}/decision`, { decision: 'keep' }));
  assert.equal(kept.status, 'active');
  const list = assertOk(await baofengOfficer.get(`${POOL}?status=exited`));
  assert.deepEqual(list.items.map((e) => e.org_id), [city.orgs.silent.id]);
  assertError(await baofengOfficer.get(`${POOL}?status=gone`), 400, 'FIELD_INVALID', 'status');
});
