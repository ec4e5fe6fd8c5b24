// Cultivation monitoring (issue 3): counts per county and year as JSON and Excel, and the enterprises just
// below the next band of a 科技型中小企业 ratio, all within the caller's data scope.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, BAOFENG, YEXIAN } from './lib/world.mjs';
import { annualReport, zipMember } from './cultivation-data.mjs';

let city;
useServer({
  setup: async (e) => {
    city = await buildCity(e);
    const { baofengUser, yexianAdmin } = city.clients;
    // Baofeng: R&D 280 of sales 5000 = 5.6 %, band B, 0.4 points below band A (6 %).
    const near = assertOk(await baofengUser.post('/api/v1/cultivation/reports', annualReport(2025, { techSme: { rd_expense_wan: '280' } })));
    assertOk(await baofengUser.post(`/api/v1/cultivation/reports/${near.id}/submit`));
    // Yexian: 6 % exactly (already band A); a draft of another year that monitoring of 2025 ignores.
    const top = assertOk(await yexianAdmin.post('/api/v1/cultivation/reports', annualReport(2025)));
    assertOk(await yexianAdmin.post(`/api/v1/cultivation/reports/${top.id}/submit`));
    assertOk(await yexianAdmin.post('/api/v1/cultivation/reports', annualReport(2024, { techSme: { rd_expense_wan: '290' } })));
  },
});

const MON = '/api/v1/cultivation/monitoring';

test('counts per county and year, within the data scope', async () => {
  const all = assertOk(await city.clients.cityOfficer.get(`${MON}/counts?fiscal_year=2025`));
  const byRegion = Object.fromEntries(all.items.map((i) => [i.region_code, i]));
  assert.deepEqual(Object.keys(byRegion).sort(), [BAOFENG.code, YEXIAN.code]);
  assert.equal(byRegion[BAOFENG.code].reports, 1);
  assert.equal(byRegion[BAOFENG.code].filed, 1);
  assert.equal(byRegion[BAOFENG.code].entered, 0);
  assert.equal(byRegion[BAOFENG.code].tech_sme.QUALIFIED_BY_SCORE, 1);
  assert.equal(byRegion[YEXIAN.code].region_name, YEXIAN.name);
  assert.equal(all.total.reports, 2);
  assert.equal(all.total.high_tech.QUALIFIED, 0);

  const county = assertOk(await city.clients.baofengOfficer.get(`${MON}/counts?fiscal_year=2025`));
  assert.deepEqual(county.items.map((i) => i.region_code), [BAOFENG.code]);
  const other = assertOk(await city.clients.cityOfficer.get(`${MON}/counts?fiscal_year=2024`));
  assert.equal(other.total.reports, 1);
  assert.equal(other.total.filed, 0, 'a draft is not filed');

  assertError(await city.clients.cityOfficer.get(`${MON}/counts`), 400, 'FIELD_MISSING', 'fiscal_year');
  assertError(await city.clients.baofengUser.get(`${MON}/counts?fiscal_year=2025`), 403, 'FORBIDDEN');
});

test('the counts export to Excel', async () => {
  const res = await city.clients.cityOfficer.get(`${MON}/counts/export?fiscal_year=2025`);
  assert.equal(res.status, 200, res.text.slice(0, 300));
  assert.match(res.headers.get('content-type'), /spreadsheetml/);
  assert.equal(res.bytes.subarray(0, 2).toString(), 'PK');
  const strings = await zipMember(res.bytes, 'xl/worksheets/sheet1.xml');
  for (const text of ['县（区）', `${BAOFENG.name}（${BAOFENG.code}）`, `${YEXIAN.name}（${YEXIAN.code}）`, '合计'])
    assert.ok(strings.includes(text), `export lacks ${text}`);
});

test('enterprises just below the next band, computed exactly', async () => {
  const list = assertOk(await city.clients.cityOfficer.get(`${MON}/near-threshold?fiscal_year=2025`));
  assert.equal(list.items.length, 1, JSON.stringify(list.items));
  const [item] = list.items;
  assert.equal(item.org_id, city.orgs.entBaofeng.id);
  assert.equal(item.indicator, 'rd_by_sales');
  assert.equal(item.band, 'B');
  assert.equal(item.next_band, 'A');
  assert.equal(item.ratio_pct, 5.6);
  assert.equal(item.gap_pp, 0.4);
  assert.equal(item.points_gain, 10);
  // 0.4 points is outside a 0.39 margin and inside 0.4 (the edge is inclusive).
  assert.equal(assertOk(await city.clients.cityOfficer.get(`${MON}/near-threshold?fiscal_year=2025&margin_pp=0.39`)).items.length, 0);
  assert.equal(assertOk(await city.clients.cityOfficer.get(`${MON}/near-threshold?fiscal_year=2025&margin_pp=0.4`)).items.length, 1);
  assert.equal(assertOk(await city.clients.yexianOfficer.get(`${MON}/near-threshold?fiscal_year=2025`)).items.length, 0);
  assertError(await city.clients.cityOfficer.get(`${MON}/near-threshold?fiscal_year=2025&margin_pp=abc`), 400, 'FIELD_INVALID', 'margin_pp');
});
