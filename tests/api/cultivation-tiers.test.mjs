// Tier policies per region (issue 3): versions a city administrator publishes, the policy in force for an
// enterprise's region (its own, else its city's, else the documented default), and the yearly re-assessment
// and the report preview using the version in force at the evaluation date, each result keeping its version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs, BAOFENG, CITY, YEXIAN } from './lib/world.mjs';
import { annualReport, registerReport } from './cultivation-data.mjs';

let city;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    city.accounts.cityAdmin = await createUser(city.clients.admin, { role: 'city_admin', orgId: city.orgs.city.id });
    city.clients.cityAdmin = await loginAs(e, city.accounts.cityAdmin);
  },
});

const TIERS = '/api/v1/cultivation/tier-policies';
const POOL = '/api/v1/cultivation/reserve-pool';
const DAY = 24 * 3600;

function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function inForce(client, region, tier) {
  const list = assertOk(await client.get(`${TIERS}?region=${region}`));
  return { date: list.date, policy: list.items.find((i) => i.tier === tier), list };
}

const reserveVersion = (effectiveFrom, parameters) => ({
  region_code: CITY.code, effective_from: effectiveFrom, basis: '平科〔2026〕8号', parameters,
});

test('without published versions every tier is the documented default, with its parameters and form fields', async () => {
  const { list } = await inForce(city.clients.baofengOfficer, BAOFENG.code, 'hnte_reserve');
  assert.equal(list.region_code, BAOFENG.code);
  assert.deepEqual(list.items.map((i) => i.tier).sort(),
    ['eaglet', 'gazelle', 'hnte_reserve', 'innovation_leader', 'tech_little_giant']);
  for (const item of list.items) {
    assert.equal(item.source, 'default');
    assert.equal(item.version_id, null);
  }
  const giant = list.items.find((i) => i.tier === 'tech_little_giant');
  assert.equal(giant.parameters.revenue_min_wan, '10000');
  assert.equal(giant.parameters.revenue_min_inclusive, false);
  assert.match(giant.basis, /豫科〔2016〕158号/);
  const keys = list.parameter_specs.map((s) => s.key);
  assert.deepEqual(Object.keys(giant.parameters).sort(), [...keys].sort());
  assert.ok(list.parameter_specs.every((s) => s.label.length > 0));
  // Without ?region= a bureau user gets their own region.
  assert.equal(assertOk(await city.clients.yexianOfficer.get(TIERS)).region_code, YEXIAN.code);
  assertError(await city.clients.admin.get(TIERS), 400, 'FIELD_MISSING', 'region');
  assertError(await city.clients.baofengUser.get(TIERS), 403, 'FORBIDDEN');
});

test('only a city administrator publishes, for the city and its counties, never back-dated', async () => {
  const { date } = await inForce(city.clients.cityAdmin, CITY.code, 'gazelle');
  const body = { ...reserveVersion(date, { prerequisite: 'high_tech_enterprise', growth_metric: 'cagr', growth_min_percent: '25' }) };
  assertError(await city.clients.baofengOfficer.post(`${TIERS}/gazelle`, body), 403, 'FORBIDDEN');
  assertError(await city.clients.cityOfficer.post(`${TIERS}/gazelle`, body), 403, 'FORBIDDEN');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, { ...body, region_code: '410100' }), 403, 'FORBIDDEN');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/unicorn`, body), 404, 'NOT_FOUND');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, { ...body, effective_from: addDays(date, -1) }),
    400, 'FIELD_INVALID', 'effective_from');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, { ...body, parameters: { growth_min_percent: 25.5 } }),
    400, 'FIELD_INVALID', 'parameters.growth_min_percent');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, { ...body, parameters: { growth: '25' } }),
    400, 'FIELD_UNKNOWN', 'parameters.growth');
  assertError(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, { ...body, basis: ' ' }), 400, 'FIELD_INVALID', 'basis');

  const v1 = assertOk(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, body), 201);
  assert.equal(v1.version, 1);
  assert.equal(v1.rule_set, `${CITY.code}.tier.gazelle.v1`);
  assert.equal(v1.parameters.growth_min_percent, '25');
  // A county's own version for 叶县 only.
  const yexian = assertOk(await city.clients.cityAdmin.post(`${TIERS}/gazelle`,
    { ...body, region_code: YEXIAN.code, parameters: { ...body.parameters, growth_min_percent: '15' } }), 201);
  assert.equal(yexian.version, 1);
  const v2 = assertOk(await city.clients.cityAdmin.post(`${TIERS}/gazelle`, body), 201);
  assert.equal(v2.version, 2);

  const baofeng = (await inForce(city.clients.baofengOfficer, BAOFENG.code, 'gazelle')).policy;
  assert.equal(baofeng.source, 'city');
  assert.equal(baofeng.version_id, v2.id);
  const ye = (await inForce(city.clients.yexianOfficer, YEXIAN.code, 'gazelle')).policy;
  assert.equal(ye.source, 'region');
  assert.equal(ye.parameters.growth_min_percent, '15');

  const versions = assertOk(await city.clients.baofengOfficer.get(`${TIERS}/gazelle/versions?region=${BAOFENG.code}`));
  assert.deepEqual(versions.items.map((v) => v.version), [2, 1]);
  assert.deepEqual(versions.items.map((v) => v.in_force), [true, false]);
  assert.equal(versions.default.tier, 'gazelle');
});

test('a new version changes a later re-assessment; the earlier result keeps its version', async () => {
  let { cityAdmin, baofengOfficer, cityOfficer, baofengUser } = city.clients;
  assertOk(await cityAdmin.patch('/api/v1/cultivation/settings', { report_deadline: '12-31' }));
  // R&D 300 of sales 5000 = 6%: above the default 3%.
  await registerReport({ enterprise: baofengUser, countyOfficer: baofengOfficer, cityOfficer },
    { ...annualReport(2025), registration_date: '2019-03-01' });
  const first = assertOk(await cityAdmin.post(`${POOL}/reassess`, { fiscal_year: 2025 }));
  assert.equal(first.nominated, 1);
  const entryOf = async () => assertOk(await baofengOfficer.get(`${POOL}?page_size=200`)).items
    .find((e) => e.org_id === city.orgs.entBaofeng.id);
  const nominated = await entryOf();
  assert.equal(nominated.rule_set, `${BAOFENG.code}.tier.hnte_reserve.default`);

  const { date } = await inForce(cityAdmin, CITY.code, 'hnte_reserve');
  const stricter = { prerequisite: 'registered_tech_sme', min_years_registered: 1, min_owned_ip: 1,
    rd_ratio_min_percent: '10', tech_staff_ratio_min_percent: '10' };
  const published = assertOk(await cityAdmin.post(`${TIERS}/hnte_reserve`, reserveVersion(addDays(date, 1), stricter)), 201);

  // Not in force yet: nothing changes today.
  const before = assertOk(await cityAdmin.post(`${POOL}/reassess`, { fiscal_year: 2025 }));
  assert.equal(before.exit_candidates, 0);
  assert.equal((await entryOf()).status, 'active');

  await env.advanceClock(DAY + 60);
  // Sessions idle for a day have expired.
  [cityAdmin, baofengOfficer, baofengUser] = await Promise.all(
    [city.accounts.cityAdmin, city.accounts.baofengOfficer, city.accounts.baofengUser].map((a) => loginAs(env, a)));
  const after = assertOk(await cityAdmin.post(`${POOL}/reassess`, { fiscal_year: 2025 }));
  assert.equal(after.exit_candidates, 1);
  const marked = await entryOf();
  assert.equal(marked.status, 'exit_candidate');
  assert.match(marked.exit_reason, /10%/);
  assert.equal(marked.exit_rule_set, published.rule_set);
  assert.equal(marked.rule_set, nominated.rule_set, 'the nomination keeps the version it was made with');

  // The report preview evaluates the tiers with the version in force for the enterprise's region.
  const preview = assertOk(await baofengUser.post('/api/v1/cultivation/reports/preview',
    { ...annualReport(2026), registration_date: '2019-03-01' }));
  const reserve = preview.tiers.find((t) => t.tier === 'hnte_reserve');
  assert.equal(reserve.rule_set, published.rule_set);
  assert.equal(reserve.policy_version, 1);
  assert.equal(reserve.policy_source, 'city');
  assert.equal(reserve.qualified, false);
  assert.ok(reserve.checks.some((c) => c.key === 'rd_ratio' && !c.pass));
  const giant = preview.tiers.find((t) => t.tier === 'tech_little_giant');
  assert.equal(giant.policy_source, 'default');
  assert.equal(giant.qualified, false, 'sales of 5000万元 do not exceed 1亿元');
});
