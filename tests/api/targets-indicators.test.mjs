// Live indicators owned by the modules that own the data (issue 5): 高企 certificates recorded by the city
// bureau, 科技型中小企业 入库 (registration of an annual report), the reserve pool's size; each bound to a
// ledger target whose progress moves when the fact happens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, BAOFENG, YEXIAN } from './lib/world.mjs';
import { annualReport } from './cultivation-data.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); }, serveArgs: ['--ledger-warnings-hour', 'off'] });

const YEAR = new Date().getUTCFullYear();
const CERTS = '/api/v1/cultivation/high-tech-certifications';
const DOC = [
  '平顶山市科学技术局文件',
  `平科〔${YEAR}〕30号`,
  `关于印发${YEAR}年企业培育工作要点的通知`,
  `${YEAR}年全市新增高新技术企业20家以上。`,
  '平顶山市科学技术局',
  `${YEAR}年3月1日`,
].join('\n');

/** A confirmed target of a fresh document bound to `metric`, as the ledger shows it. */
async function boundTarget(metric, targetValue = '2') {
  const c = city.clients.cityOfficer;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text: DOC }), 201);
  const target = doc.items.find((i) => i.kind === 'target');
  const confirmed = assertOk(await c.post(`/api/v1/policy-items/${target.id}/confirm`, {}));
  return assertOk(await c.patch(`/api/v1/ledger/items/${confirmed.ledger_item_id}`, { target_value: targetValue, metric }));
}

const progressOf = async (item) => assertOk(await city.clients.cityOfficer.get(`/api/v1/ledger/items/${item.id}`));

test('the indicators list names each module\'s indicators with their parameters', async () => {
  const items = assertOk(await city.clients.cityOfficer.get('/api/v1/ledger/metrics')).items;
  const ids = items.map((m) => m.id);
  for (const id of ['orgs_created', 'orgs_approved', 'contract_turnover', 'tech_sme_entered', 'high_tech_certified',
    'reserve_pool_size', 'events_held'])
    assert.ok(ids.includes(id), `${id} missing`);
  const certified = items.find((m) => m.id === 'high_tech_certified');
  assert.equal(certified.unit, '家');
  assert.deepEqual(certified.params.map((p) => [p.name, p.required]), [['year', true], ['region_code', false]]);
});

test('a target bound to 高企 certified in the year moves when the bureau records a certificate', async () => {
  const { cityOfficer, baofengOfficer } = city.clients;
  const county = await boundTarget({ id: 'high_tech_certified', params: { year: YEAR, region_code: BAOFENG.code } }, '1');
  const cityWide = await boundTarget({ id: 'high_tech_certified', params: { year: YEAR } });
  assert.equal(county.progress, '0');
  assert.equal(county.completed, false);

  const cert = { org_id: city.orgs.entBaofeng.id, certificate_no: `GR${YEAR}41000001`, certified_on: `${YEAR}-01-15` };
  assertError(await baofengOfficer.post(CERTS, cert), 403, 'FORBIDDEN');
  assertError(await cityOfficer.post(CERTS, { ...cert, certified_on: `${YEAR}-02-30` }), 400, 'FIELD_INVALID', 'certified_on');
  assertError(await cityOfficer.post(CERTS, { ...cert, org_id: city.orgs.university.id }), 400, 'FIELD_INVALID', 'org_id');
  assertError(await cityOfficer.post(CERTS, { ...cert, certificate_no: '' }), 400, 'FIELD_MISSING', 'certificate_no');
  const recorded = assertOk(await cityOfficer.post(CERTS, cert), 201);
  assert.equal(recorded.year, YEAR);
  assert.equal(recorded.region_code, BAOFENG.code);
  assertError(await cityOfficer.post(CERTS, cert), 409, 'CONFLICT');

  const after = await progressOf(county);
  assert.equal(after.progress, '1');
  assert.equal(after.completed, true);
  // Another county's certificate and an earlier year's do not count for 宝丰县; the city counts both counties.
  assertOk(await cityOfficer.post(CERTS, { org_id: city.orgs.entYexian.id, certificate_no: `GR${YEAR}41000002`, certified_on: `${YEAR}-01-20` }), 201);
  assertOk(await cityOfficer.post(CERTS, { org_id: city.orgs.entYexian.id, certificate_no: `GR${YEAR - 1}41000009`, certified_on: `${YEAR - 1}-12-31` }), 201);
  assert.equal((await progressOf(county)).progress, '1');
  assert.equal((await progressOf(cityWide)).progress, '2');

  const list = assertOk(await baofengOfficer.get(`${CERTS}?year=${YEAR}`));
  assert.deepEqual(list.items.map((c) => c.certificate_no), [cert.certificate_no], 'a county sees its own certificates only');
});

test('a target bound to 科技型中小企业 entered moves when the annual report is registered, not before', async () => {
  const { baofengUser, baofengOfficer, cityOfficer } = city.clients;
  const entered = await boundTarget({ id: 'tech_sme_entered', params: { year: YEAR, region_code: BAOFENG.code } });
  const elsewhere = await boundTarget({ id: 'tech_sme_entered', params: { year: YEAR, region_code: YEXIAN.code } });
  const report = assertOk(await baofengUser.post('/api/v1/cultivation/reports', annualReport(YEAR - 1)));
  const step = async (client, name) => assertOk(await client.post(`/api/v1/cultivation/reports/${report.id}/${name}`, {}));
  await step(baofengUser, 'submit');
  await step(baofengOfficer, 'county-pass');
  await step(cityOfficer, 'city-confirm');
  assert.equal((await progressOf(entered)).progress, '0', 'counted before registration');
  await step(cityOfficer, 'register');
  assert.equal((await progressOf(entered)).progress, '1');
  assert.equal((await progressOf(elsewhere)).progress, '0');
});

test('a target bound to the reserve pool counts members now or at a date', async () => {
  const { baofengOfficer } = city.clients;
  const now = await boundTarget({ id: 'reserve_pool_size', params: { region_code: BAOFENG.code } });
  const before = await boundTarget({ id: 'reserve_pool_size', params: { region_code: BAOFENG.code, date: `${YEAR - 1}-06-30` } });
  const start = Number((await progressOf(now)).progress);
  assertOk(await baofengOfficer.post('/api/v1/cultivation/reserve-pool', { org_id: city.orgs.entBaofeng.id, reason: '研发投入高' }), 201);
  assert.equal(Number((await progressOf(now)).progress), start + 1);
  assert.equal((await progressOf(before)).progress, '0', 'a member counted before it entered');
  const c = city.clients.cityOfficer;
  assertError(await c.patch(`/api/v1/ledger/items/${now.id}`, { metric: { id: 'reserve_pool_size', params: { date: '2026-13-01' } } }),
    400, 'FIELD_INVALID', 'metric.params.date');
  assertError(await c.patch(`/api/v1/ledger/items/${now.id}`, { metric: { id: 'high_tech_certified', params: { region_code: BAOFENG.code } } }),
    400, 'FIELD_MISSING', 'metric.params.year');
  assertError(await c.patch(`/api/v1/ledger/items/${now.id}`, { metric: { id: 'tech_sme_entered', params: { year: YEAR, region_code: '999999' } } }),
    400, 'REGION_CODE_INVALID', 'metric.params.region_code');
});

test('a target bound to matchmaking events held in the quarter moves once an event has started, not when planned', async () => {
  const { baofengOfficer, cityOfficer } = city.clients;
  const startsAt = new Date(Date.now() + 10 * 60_000);
  const beijing = new Date(startsAt.getTime() + 8 * 3_600_000);
  const [year, quarter] = [beijing.getUTCFullYear(), Math.floor(beijing.getUTCMonth() / 3) + 1];
  const county = await boundTarget({ id: 'events_held', params: { year, quarter, region_code: BAOFENG.code } }, '2');
  const otherCounty = await boundTarget({ id: 'events_held', params: { year, region_code: YEXIAN.code } }, '2');
  assertError(await cityOfficer.patch(`/api/v1/ledger/items/${county.id}`, { metric: { id: 'events_held', params: { year, quarter: 5 } } }),
    400, 'FIELD_INVALID', 'metric.params.quarter');
  const event = { title: '新材料产业技术对接会', starts_at: startsAt.toISOString().replace(/\.\d+Z$/, 'Z'), place: '宝丰县科技大厦' };
  assertOk(await baofengOfficer.post('/api/v1/market/events', event), 201);
  assert.equal((await progressOf(county)).progress, '0', 'a planned event counted before it was held');
  await env.advanceClock(11 * 60); // past the start, well within the sessions' idle limit
  assert.equal((await progressOf(county)).progress, '1');
  assert.equal((await progressOf(otherCounty)).progress, '0');
});
