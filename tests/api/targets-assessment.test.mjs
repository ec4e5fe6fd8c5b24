// Year-end assessment (年终考核, issue 5): a versioned scheme of weights set by the city bureau; scores of
// responsible units and counties with their breakdown, ranked; Excel export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs, BAOFENG } from './lib/world.mjs';

let city;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    city.accounts.cityAdmin = await createUser(city.clients.admin, { role: 'city_admin', orgId: city.orgs.city.id });
    city.clients.cityAdmin = await loginAs(e, city.accounts.cityAdmin);
  },
  serveArgs: ['--ledger-warnings-hour', 'off'],
});

const YEAR = new Date().getUTCFullYear();
const DOC = [
  '平顶山市科学技术局文件',
  `平科〔${YEAR}〕50号`,
  `关于印发${YEAR}年科技工作要点的通知`,
  '一、主要目标',
  `${YEAR}年全市新增高新技术企业20家以上。`,
  '二、重点任务',
  '（一）建设科技企业孵化器。完善孵化服务体系。（牵头单位：市科技局，责任单位：市发展改革委）',
  '平顶山市科学技术局',
  `${YEAR}年1月5日`,
].join('\n');
const SCHEMES = '/api/v1/ledger/assessment/schemes';
const fixed2 = (x) => (Math.round(x * 100) / 100).toFixed(2);

/** 宝丰县局 leads a target bound to enterprises created there this year (1 so far) of 2; 叶县局 a monthly task. */
async function buildLedger() {
  const c = city.clients.cityOfficer;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text: DOC }), 201);
  const confirm = async (kind) => assertOk(await c.post(`/api/v1/policy-items/${doc.items.find((i) => i.kind === kind).id}/confirm`, {})).ledger_item_id;
  const target = await confirm('target');
  const task = await confirm('responsibility');
  const bound = assertOk(await c.patch(`/api/v1/ledger/items/${target}`, {
    lead_org_id: city.orgs.baofeng.id, target_value: '2',
    metric: { id: 'orgs_created', params: { year: YEAR, kind: 'enterprise', region_code: BAOFENG.code } },
  }));
  assert.equal(bound.progress, '1', 'the world should hold one enterprise created in 宝丰县 this year');
  assertOk(await c.patch(`/api/v1/ledger/items/${task}`, { lead_org_id: city.orgs.yexian.id, cycle: 'monthly' }));
  return { target, task };
}

test('the scheme: a default until the city bureau saves versions; bad weights name their field', async () => {
  const { cityAdmin, cityOfficer } = city.clients;
  const initial = assertOk(await cityOfficer.get(`/api/v1/ledger/assessment/scheme?year=${YEAR}`));
  assert.deepEqual([initial.version, initial.target_points, initial.task_points, initial.cap_percent], [0, 60, 40, 100]);
  assertError(await cityOfficer.post(SCHEMES, { year: YEAR }), 403, 'FORBIDDEN');
  assertError(await cityAdmin.post(SCHEMES, {}), 400, 'FIELD_MISSING', 'year');
  assertError(await cityAdmin.post(SCHEMES, { year: YEAR, target_points: 70 }), 400, 'FIELD_INVALID', 'task_points');
  assertError(await cityAdmin.post(SCHEMES, { year: YEAR, cap_percent: 110 }), 400, 'FIELD_INVALID', 'cap_percent');
  assertError(await cityAdmin.post(SCHEMES, { year: YEAR, overdue_penalty: 'abc' }), 400, 'FIELD_INVALID', 'overdue_penalty');
  assertError(await cityAdmin.post(SCHEMES, { year: YEAR, item_weights: { x: 1 } }), 400, 'FIELD_INVALID', 'item_weights.x');
  assertError(await cityAdmin.post(SCHEMES, { year: YEAR, colour: 'red' }), 400, 'FIELD_UNKNOWN', 'colour');
  assertError(await cityOfficer.get('/api/v1/ledger/assessment/scheme'), 400, 'FIELD_MISSING', 'year');

  const v1 = assertOk(await cityAdmin.post(SCHEMES, { year: YEAR + 1, target_points: 70, task_points: 30, overdue_penalty: '0.5' }), 201);
  assert.deepEqual([v1.version, v1.target_points, v1.overdue_penalty], [1, 70, '0.5']);
  const v2 = assertOk(await cityAdmin.post(SCHEMES, { year: YEAR + 1, cap_percent: 120 }), 201);
  assert.equal(v2.version, 2);
  assert.equal(assertOk(await cityOfficer.get(`/api/v1/ledger/assessment/scheme?year=${YEAR + 1}`)).cap_percent, 120);
  const versions = assertOk(await cityOfficer.get(`${SCHEMES}?year=${YEAR + 1}`)).items.map((s) => s.version);
  assert.deepEqual(versions, [2, 1]);
});

test('units and counties are scored and ranked with their breakdown; an earlier scheme version still scores as it did', async () => {
  const { cityAdmin, cityOfficer, yexianOfficer } = city.clients;
  const { task } = await buildLedger();
  const due = assertOk(await cityOfficer.get('/api/v1/ledger/warnings')).overdue.filter((w) => w.item_id === task);
  const n = due.length;
  assert.ok(n >= 1, 'the monthly task has no due report yet');
  // 叶县局 reports the first month late, and the bureau accepts it.
  const report = assertOk(await yexianOfficer.post(`/api/v1/ledger/items/${task}/reports`, { period: due[0].period, narrative: '已完成选址' }), 201);
  assertOk(await cityOfficer.post(`/api/v1/ledger/reports/${report.id}/accept`, {}));
  assertOk(await cityAdmin.post(SCHEMES, { year: YEAR, overdue_penalty: '0' }), 201);

  const result = assertOk(await cityOfficer.get(`/api/v1/ledger/assessment?year=${YEAR}`));
  assert.equal(result.scheme.version, 1);
  const [first, second] = result.units;
  // 宝丰县局: one target half done, nothing else → all 100 points on targets → 50.
  assert.equal(first.unit, city.orgs.baofeng.name);
  assert.deepEqual([first.rank, first.score], [1, '50.00']);
  assert.deepEqual(first.breakdown.targets, { items: 1, completion_percent: '50.00', points: '50.00' });
  // 叶县局: a task with n reports due, none on time, one accepted → 50% × 0 + 50% × 1/n of 100.
  assert.equal(second.unit, city.orgs.yexian.name);
  assert.equal(second.rank, 2);
  assert.equal(second.score, fixed2(50 / n));
  assert.deepEqual(second.breakdown.tasks, { items: 1, on_time_percent: '0.00', accepted_percent: fixed2(100 / n), points: fixed2(50 / n) });
  assert.equal(second.breakdown.overdue_reports, n - 1);
  // The city (both items entered by the city bureau): 60 × 50% + 40 × (50% × 1/n).
  const region = result.regions.find((r) => r.region === '平顶山市');
  assert.equal(region.score, fixed2(30 + 20 / n));

  // Over-completion: a target of 0.5 reached with 1 is 200%, capped at 120% by the new version; version 1 caps at 100%.
  const targetId = await buildLedgerTargetOnly();
  assertOk(await cityOfficer.patch(`/api/v1/ledger/items/${targetId}`, { target_value: '0.5' }));
  assertOk(await cityAdmin.post(SCHEMES, { year: YEAR, overdue_penalty: '0', cap_percent: 120 }), 201);
  const capped = assertOk(await cityOfficer.get(`/api/v1/ledger/assessment?year=${YEAR}`));
  const baofeng = (r) => r.units.find((u) => u.unit === city.orgs.baofeng.name);
  assert.equal(baofeng(capped).breakdown.targets.completion_percent, fixed2((50 + 120) / 2));
  const old = assertOk(await cityOfficer.get(`/api/v1/ledger/assessment?year=${YEAR}&version=1`));
  assert.equal(baofeng(old).breakdown.targets.completion_percent, fixed2((50 + 100) / 2));
  assertError(await cityOfficer.get(`/api/v1/ledger/assessment?year=${YEAR}&version=99`), 404, 'NOT_FOUND', 'version');
  assertError(await cityOfficer.get('/api/v1/ledger/assessment'), 400, 'FIELD_MISSING', 'year');
  assertError(await city.clients.baofengUser.get(`/api/v1/ledger/assessment?year=${YEAR}`), 403, 'FORBIDDEN');

  // Another year has no items.
  assert.deepEqual(assertOk(await cityOfficer.get(`/api/v1/ledger/assessment?year=${YEAR - 3}`)).units, []);

  for (const by of ['unit', 'region']) {
    const res = await cityOfficer.get(`/api/v1/ledger/assessment/export?year=${YEAR}&by=${by}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /spreadsheetml/);
    assert.equal(res.bytes.subarray(0, 2).toString(), 'PK', 'not an .xlsx (zip) file');
  }
  assertError(await cityOfficer.get(`/api/v1/ledger/assessment/export?year=${YEAR}&by=county`), 400, 'FIELD_INVALID', 'by');
});

/** A second 宝丰县局 target on the same indicator (progress 1). */
async function buildLedgerTargetOnly() {
  const c = city.clients.cityOfficer;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text: DOC }), 201);
  const id = assertOk(await c.post(`/api/v1/policy-items/${doc.items.find((i) => i.kind === 'target').id}/confirm`, {})).ledger_item_id;
  assertOk(await c.patch(`/api/v1/ledger/items/${id}`, {
    lead_org_id: city.orgs.baofeng.id,
    metric: { id: 'orgs_created', params: { year: YEAR, kind: 'enterprise', region_code: BAOFENG.code } },
  }));
  return id;
}
