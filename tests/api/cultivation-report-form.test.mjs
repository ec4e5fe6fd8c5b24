// The annual report's 高企 section (issue 3): the live preview answers conditions C1–C8 with their clause and the
// innovation items with band, range and the distance to the next band; the 高企 certificate is kept with its dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity } from './lib/world.mjs';
import { annualReport } from './cultivation-data.mjs';

let city;
useServer({ setup: async (e) => { city = await buildCity(e); } });

const REPORTS = '/api/v1/cultivation/reports';
const certificate = { number: 'GR202341000123', issued_on: '2023-12-08', expires_on: '2026-12-07' };

test('the preview breaks the 高企 assessment down item by item', async () => {
  const preview = assertOk(await city.clients.baofengUser.post(`${REPORTS}/preview`, annualReport(2024, { highTech: true })));
  const breakdown = preview.high_tech_breakdown;
  assert.deepEqual(breakdown.conditions.map((c) => c.code), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
  assert.ok(breakdown.conditions.every((c) => c.pass && c.clause.includes('国科发火〔2016〕32号')));
  const sales = breakdown.innovation.find((r) => r.indicator === 'growth_sales');
  assert.equal(sales.band, 'B');
  assert.deepEqual(sales.range, [7, 8]);
  assert.equal(sales.next_band, 'A');
  assert.equal(sales.next_band_edge, 35);
  assert.equal(sales.gap, 8.3333);
  assert.equal(breakdown.innovation.find((r) => r.indicator === 'transformation').next_band, null, 'already in the top band');
  assert.equal(breakdown.total, 84);

  const smeOnly = assertOk(await city.clients.baofengUser.post(`${REPORTS}/preview`, annualReport(2024)));
  assert.equal(smeOnly.high_tech_breakdown, null);
});

test('the 高企 certificate is stored with the report, its dates checked', async () => {
  const { baofengUser } = city.clients;
  assertError(await baofengUser.post(REPORTS, { ...annualReport(2024), hnte_certificate: { ...certificate, expires_on: '2023-01-01' } }),
    400, 'FIELD_INVALID', 'hnte_certificate.expires_on');
  const saved = assertOk(await baofengUser.post(REPORTS, { ...annualReport(2024, { highTech: true }), hnte_certificate: certificate }));
  const stored = assertOk(await baofengUser.get(`${REPORTS}/${saved.id}`));
  assert.deepEqual(stored.data.hnte_certificate, certificate);
  assert.equal(stored.high_tech_breakdown.conditions.length, 8);
});
