// The cultivation dashboard (issue 3): per county and year, the counts per tier under the policy in force,
// new entries against the city's yearly targets, R&D intensity, and growth over the previous year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs, BAOFENG, YEXIAN, CITY } from './lib/world.mjs';
import { annualReport, registerReport, zipMember } from './cultivation-data.mjs';

let city;
useServer({
  setup: async (e) => {
    city = await buildCity(e);
    city.accounts.cityAdmin = await createUser(city.clients.admin, { role: 'city_admin', orgId: city.orgs.city.id });
    city.clients.cityAdmin = await loginAs(e, city.accounts.cityAdmin);
    const { baofengUser, yexianAdmin, baofengOfficer, yexianOfficer, cityOfficer } = city.clients;
    const report = (year, rd) => ({ ...annualReport(year, { techSme: { rd_expense_wan: rd } }), registration_date: '2019-03-01' });
    // Baofeng: entered in 2024 and 2025 (R&D 280 of 5000 in 2025); Yexian: entered in 2025 only (300 of 5000).
    await registerReport({ enterprise: baofengUser, countyOfficer: baofengOfficer, cityOfficer }, report(2024, '300'));
    await registerReport({ enterprise: baofengUser, countyOfficer: baofengOfficer, cityOfficer }, report(2025, '280'));
    await registerReport({ enterprise: yexianAdmin, countyOfficer: yexianOfficer, cityOfficer }, report(2025, '300'));
  },
});

const COUNTS = '/api/v1/cultivation/monitoring/counts?fiscal_year=2025';
const TARGETS = '/api/v1/cultivation/targets';
const byRegion = (counts) => Object.fromEntries(counts.items.map((i) => [i.region_code, i]));

test('the city administrator sets yearly targets per county of the city', async () => {
  const { cityAdmin, cityOfficer, baofengOfficer } = city.clients;
  const body = { items: [{ region_code: BAOFENG.code, tech_sme: 5, high_tech: 2 }, { region_code: YEXIAN.code, tech_sme: 3, high_tech: 1 }] };
  assertError(await baofengOfficer.put(`${TARGETS}/2025`, body), 403, 'FORBIDDEN');
  assertError(await cityOfficer.put(`${TARGETS}/2025`, body), 403, 'FORBIDDEN');
  assertError(await cityAdmin.put(`${TARGETS}/2025`, { items: [{ region_code: '410102', tech_sme: 1, high_tech: 1 }] }), 403, 'FORBIDDEN');
  assertError(await cityAdmin.put(`${TARGETS}/2025`, { items: [{ region_code: CITY.code, tech_sme: 1, high_tech: 1 }] }),
    400, 'FIELD_INVALID', 'items[0].region_code');
  assertError(await cityAdmin.put(`${TARGETS}/2025`, { items: [body.items[0], { ...body.items[1], tech_sme: -1 }] }),
    400, 'FIELD_INVALID', 'items[1].tech_sme');
  assertError(await cityAdmin.put(`${TARGETS}/2025`, { items: [{ region_code: BAOFENG.code, tech_sme: 1 }] }),
    400, 'FIELD_MISSING', 'items[0].high_tech');
  assertError(await cityAdmin.put(`${TARGETS}/1999`, body), 400, 'FIELD_INVALID', 'year');
  const saved = assertOk(await cityAdmin.put(`${TARGETS}/2025`, body));
  assert.deepEqual(saved.items.map((i) => [i.region_code, i.tech_sme, i.high_tech]), [[BAOFENG.code, 5, 2], [YEXIAN.code, 3, 1]]);
  // A county sees its own target only.
  const own = assertOk(await baofengOfficer.get(`${TARGETS}/2025`));
  assert.deepEqual(own.items.map((i) => i.region_code), [BAOFENG.code]);
  // Setting one county again leaves the other.
  assertOk(await cityAdmin.put(`${TARGETS}/2025`, { items: [{ region_code: BAOFENG.code, tech_sme: 6, high_tech: 2 }] }));
  const counts = byRegion(assertOk(await cityOfficer.get(COUNTS)));
  assert.deepEqual(counts[BAOFENG.code].targets, { tech_sme: 6, high_tech: 2 });
  assert.deepEqual(counts[YEXIAN.code].targets, { tech_sme: 3, high_tech: 1 });
  // The Excel export carries the tiers, the targets and the R&D intensity too.
  const res = await cityOfficer.get('/api/v1/cultivation/monitoring/counts/export?fiscal_year=2025');
  assert.equal(res.status, 200);
  const sheet = await zipMember(res.bytes, 'xl/worksheets/sheet1.xml');
  for (const text of ['瞪羚企业', '高新技术企业后备企业', '入库目标', '研发强度', '5.6%']) assert.ok(sheet.includes(text), `export lacks ${text}`);
});

test('R&D intensity, entries and growth over the previous year, per county and in total', async () => {
  const counts = assertOk(await city.clients.cityOfficer.get(COUNTS));
  const county = byRegion(counts);
  assert.equal(county[BAOFENG.code].entered, 1);
  assert.equal(county[BAOFENG.code].rd_intensity_pct, 5.6);
  assert.equal(county[YEXIAN.code].rd_intensity_pct, 6);
  assert.equal(counts.total.rd_expense_wan, '580');
  assert.equal(counts.total.rd_intensity_pct, 5.8);
  assert.equal(county[BAOFENG.code].previous.entered, 1);
  assert.equal(county[BAOFENG.code].entered_growth_pct, 0);
  assert.equal(county[YEXIAN.code].entered_growth_pct, null, 'nothing entered the year before');
  assert.equal(counts.total.previous.entered, 1);
  assert.equal(counts.total.entered_growth_pct, 100);
});

test('counts per tier follow the policy in force for each county', async () => {
  const { cityAdmin, cityOfficer } = city.clients;
  const before = byRegion(assertOk(await cityOfficer.get(COUNTS)));
  assert.equal(before[BAOFENG.code].tiers.hnte_reserve, 1);
  assert.equal(before[YEXIAN.code].tiers.hnte_reserve, 1);
  assert.equal(before[BAOFENG.code].tiers.tech_little_giant, 0, 'sales of 5000万元 do not exceed 1亿元');
  // The city raises the R&D share of the reserve tier to 5.8 %: 5.6 % no longer meets it, 6 % does.
  const { date } = assertOk(await cityAdmin.get(`/api/v1/cultivation/tier-policies?region=${CITY.code}`));
  assertOk(await cityAdmin.post('/api/v1/cultivation/tier-policies/hnte_reserve', {
    region_code: CITY.code, effective_from: date, basis: '平科〔2026〕9号',
    parameters: { prerequisite: 'registered_tech_sme', min_years_registered: 1, min_owned_ip: 1,
      rd_ratio_min_percent: '5.8', tech_staff_ratio_min_percent: '10' },
  }), 201);
  const after = byRegion(assertOk(await cityOfficer.get(COUNTS)));
  assert.equal(after[BAOFENG.code].tiers.hnte_reserve, 0);
  assert.equal(after[YEXIAN.code].tiers.hnte_reserve, 1);
});
