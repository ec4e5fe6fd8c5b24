// Technology-contract registration (技术合同认定登记): filing validation, the registrar's decision, data scopes,
// turnover statistics by county, attachments of the signed contract and the income-tax self-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { withBadCheckChar } from './lib/codes.mjs';
import { minimalPdf } from './lib/files.mjs';
import { contractBody, fileContract } from './lib/market.mjs';
import { buildCity, BAOFENG, YEXIAN } from './lib/world.mjs';

let city;
useServer({ setup: async (e) => { city = await buildCity(e); } });
const URL = '/api/v1/market/contracts';

test('a seller files a contract: 技术交易额 = 成交额 − non-technical costs, flags and the 30-day clock', async () => {
  const costs = [{ kind: 'equipment', amount_fen: 123_456_78 }, { kind: 'raw_material', description: '原材料', amount_fen: 1 }];
  const k = await fileContract(city.clients.baofengUser, { total_amount_fen: 987_654_32, non_technical_costs: costs });
  assert.equal(k.status, 'pending');
  assert.equal(k.status_name, '待登记');
  assert.equal(k.total_amount_fen, 987_654_32);
  assert.equal(k.non_technical_fen, 123_456_79);
  assert.equal(k.technical_amount_fen, 987_654_32 - 123_456_79);
  assert.equal(k.technical_amount_yuan, '864197.53');
  assert.equal(k.non_technical_costs.length, 2);
  assert.equal(k.seller.org_id, city.orgs.entBaofeng.id);
  assert.equal(k.seller.region_code, BAOFENG.code);
  assert.equal(k.buyer.region_code, YEXIAN.code);
  assert.equal(k.category_name, '技术开发');
  assert.equal(k.sub_type_name, '委托开发');
  assert.equal(k.hightech_field_name, '基础软件');
  assert.equal(k.tax.vat_exemption.eligible, true);
  assert.equal(k.tax.income_tax_relief.eligible, false, 'development income is not 技术转让所得');
  assert.equal(k.clock.days_left, 30);
  assert.equal(k.clock.state, 'on_time');
  assert.equal(k.registration_number, null);
});

test('category rules reach the tax flags: a 5-year non-exclusive patent licence, an unrelated service', async () => {
  const lic = await fileContract(city.clients.yexianAdmin, {
    category: 'license', sub_type: 'patent_license', license_scope: 'non_exclusive', license_years: 5, buyerRegion: BAOFENG.code,
  });
  assert.equal(lic.legacy_category_name, '技术转让');
  assert.equal(lic.tax.income_tax_relief.eligible, true);
  const svc = await fileContract(city.clients.yexianAdmin, { category: 'service', sub_type: 'testing' });
  assert.equal(svc.tax.vat_exemption.eligible, false);
  const related = await fileContract(city.clients.yexianAdmin, { category: 'service', sub_type: 'testing', related_to_main_contract: true });
  assert.equal(related.tax.vat_exemption.eligible, true);
});

test('filing validation answers 4xx with a stable code and the field', async () => {
  const c = city.clients.baofengUser;
  const cases = [
    [{ title: undefined }, 400, 'FIELD_MISSING', 'title'],
    [{ category: 'sale' }, 400, 'FIELD_INVALID', 'category'],
    [{ sub_type: 'patent' }, 400, 'FIELD_INVALID', 'sub_type'],
    [{ category: 'license', sub_type: 'patent_license', license_years: 5 }, 400, 'FIELD_MISSING', 'license_scope'],
    [{ license_years: 3 }, 400, 'FIELD_INVALID', 'license_years'],
    [{ hightech_field_code: '99' }, 400, 'FIELD_INVALID', 'hightech_field_code'],
    [{ signed_on: '2099-01-01' }, 400, 'FIELD_INVALID', 'signed_on'],
    [{ signed_on: '2026-02-30' }, 400, 'FIELD_INVALID', 'signed_on'],
    [{ valid_until: '2026-01-01' }, 400, 'FIELD_INVALID', 'valid_until'],
    [{ total_amount_fen: 0 }, 400, 'FIELD_INVALID', 'total_amount_fen'],
    [{ total_amount_fen: '100' }, 400, 'FIELD_INVALID', 'total_amount_fen'],
    [{ total_amount_fen: 100, non_technical_costs: [{ kind: 'equipment', amount_fen: 100 }] }, 400, 'FIELD_INVALID', 'non_technical_costs'],
    [{ non_technical_costs: [{ kind: 'carrier', amount_fen: 1 }] }, 400, 'FIELD_INVALID', 'non_technical_costs[0].kind'],
    [{ non_technical_costs: [{ kind: 'parts', amount_fen: 5 }, { kind: 'parts', amount_fen: -5 }] }, 400, 'FIELD_INVALID', 'non_technical_costs[1].amount_fen'],
    [{ ip_kind: 'trademark' }, 400, 'FIELD_INVALID', 'ip_kind'],
    [{ price: 1 }, 400, 'FIELD_UNKNOWN', 'price'],
  ];
  for (const [overrides, status, code, field] of cases) {
    assertError(await c.post(URL, contractBody(overrides)), status, code, field);
  }
  const body = contractBody();
  assertError(await c.post(URL, { ...body, buyer: { ...body.buyer, credit_code: withBadCheckChar(body.buyer.credit_code) } }),
    400, 'CREDIT_CODE_INVALID', 'buyer.credit_code');
  assertError(await c.post(URL, { ...body, buyer: { ...body.buyer, region_code: '999999' } }), 400, 'REGION_CODE_INVALID', 'buyer.region_code');
  assertError(await c.post(URL, { ...body, buyer: { ...body.buyer, credit_code: city.orgs.entBaofeng.credit_code } }),
    400, 'FIELD_INVALID', 'buyer.credit_code');
  assertError(await city.clients.baofengOfficer.post(URL, contractBody()), 403, 'FORBIDDEN');
  const list = assertOk(await c.get(`${URL}?page_size=200`));
  assert.ok(!list.items.some((k) => k.total_amount_fen === 100), 'a rejected filing was stored');
});

test('the registrar of the seller\'s county registers with a number; a decision is final', async () => {
  const k = await fileContract(city.clients.baofengUser);
  assertError(await city.clients.baofengUser.post(`${URL}/${k.id}/register`, {}), 403, 'FORBIDDEN');
  assertError(await city.clients.yexianOfficer.post(`${URL}/${k.id}/register`, {}), 404, 'NOT_FOUND');
  const done = assertOk(await city.clients.baofengOfficer.post(`${URL}/${k.id}/register`, {}));
  assert.equal(done.status, 'registered');
  assert.match(done.registration_number, /^410421-20\d\d-\d{6}$/);
  assert.equal(done.clock.state, 'decided_in_time');
  const next = assertOk(await city.clients.baofengOfficer.post(`${URL}/${(await fileContract(city.clients.baofengUser)).id}/register`, {}));
  const serial = (n) => Number(n.split('-')[2]);
  assert.equal(serial(next.registration_number), serial(done.registration_number) + 1, 'serials are consecutive');
  assertError(await city.clients.baofengOfficer.post(`${URL}/${k.id}/refuse`, { reason: '重复' }), 409, 'INVALID_STATE');
  assertError(await city.clients.baofengOfficer.post(`${URL}/${k.id}/register`, {}), 409, 'INVALID_STATE');
});

test('a refusal (未予登记) needs a reason and is kept with it', async () => {
  const k = await fileContract(city.clients.baofengUser);
  assertError(await city.clients.cityOfficer.post(`${URL}/${k.id}/refuse`, {}), 400, 'FIELD_MISSING', 'reason');
  assertError(await city.clients.cityOfficer.post(`${URL}/${k.id}/refuse`, { reason: '' }), 400, 'FIELD_MISSING', 'reason');
  const refused = assertOk(await city.clients.cityOfficer.post(`${URL}/${k.id}/refuse`, { reason: '价款约定不明确' }));
  assert.equal(refused.status, 'refused');
  assert.equal(refused.status_name, '未予登记');
  assert.equal(refused.refuse_reason, '价款约定不明确');
  assert.equal(refused.registration_number, null);
  const seen = assertOk(await city.clients.baofengUser.get(`${URL}/${k.id}`));
  assert.equal(seen.refuse_reason, '价款约定不明确');
});

test('data scopes: a county officer cannot see another county\'s contracts, organisations only their own', async () => {
  const baofeng = await fileContract(city.clients.baofengUser);
  const yexian = await fileContract(city.clients.yexianAdmin, { buyerRegion: BAOFENG.code });
  const ids = async (client) => assertOk(await client.get(`${URL}?page_size=200`)).items.map((k) => k.id);
  assertError(await city.clients.yexianOfficer.get(`${URL}/${baofeng.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.baofengOfficer.get(`${URL}/${yexian.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianAdmin.get(`${URL}/${baofeng.id}`), 404, 'NOT_FOUND');
  assert.ok(!(await ids(city.clients.yexianOfficer)).includes(baofeng.id));
  assert.ok((await ids(city.clients.yexianOfficer)).includes(yexian.id));
  const ownList = await ids(city.clients.baofengUser);
  assert.ok(ownList.includes(baofeng.id) && !ownList.includes(yexian.id));
  for (const id of [baofeng.id, yexian.id]) assertOk(await city.clients.cityOfficer.get(`${URL}/${id}`));
  assertError(await city.clients.expert.get(`${URL}/${baofeng.id}`), 404, 'NOT_FOUND');
});

test('statistics by year and county: 输出 by seller, 吸纳 by buyer, 成交额 and 交易额, scoped, exportable', async () => {
  const stats = async (client, year) => assertOk(await client.get(`${URL}/stats?year=${year}`));
  const probe = await fileContract(city.clients.baofengUser);
  const probeDone = assertOk(await city.clients.baofengOfficer.post(`${URL}/${probe.id}/register`, {}));
  const year = Number(probeDone.registration_number.split('-')[1]);
  const before = await stats(city.clients.cityOfficer, year);
  const row = (s, code) => s.items.find((i) => i.region_code === code);
  // Two from 宝丰 to 叶县, one from 叶县 to 宝丰, one pending (not counted).
  const a = await fileContract(city.clients.baofengUser, { total_amount_fen: 300_000_00, non_technical_costs: [{ kind: 'parts', amount_fen: 50_000_00 }] });
  const b = await fileContract(city.clients.baofengUser, { total_amount_fen: 200_000_01, non_technical_costs: [] });
  const c = await fileContract(city.clients.yexianAdmin, { buyerRegion: BAOFENG.code, total_amount_fen: 70_000_00, non_technical_costs: [] });
  await fileContract(city.clients.baofengUser, { total_amount_fen: 999_999_00 });
  for (const k of [a, b]) assertOk(await city.clients.baofengOfficer.post(`${URL}/${k.id}/register`, {}));
  assertOk(await city.clients.yexianOfficer.post(`${URL}/${c.id}/register`, {}));
  const after = await stats(city.clients.cityOfficer, year);
  const delta = (code, side, key) => row(after, code)[side][key] - (row(before, code)?.[side][key] ?? 0);
  assert.equal(delta(BAOFENG.code, 'output', 'count'), 2);
  assert.equal(delta(BAOFENG.code, 'output', 'total_amount_fen'), 500_000_01);
  assert.equal(delta(BAOFENG.code, 'output', 'technical_amount_fen'), 450_000_01);
  assert.equal(delta(YEXIAN.code, 'absorbed', 'total_amount_fen'), 500_000_01);
  assert.equal(delta(YEXIAN.code, 'output', 'total_amount_fen'), 70_000_00);
  assert.equal(delta(BAOFENG.code, 'absorbed', 'count'), 1);
  const sum = (side, key) => after.items.reduce((s, i) => s + i[side][key], 0);
  assert.equal(after.totals.output.total_amount_fen, sum('output', 'total_amount_fen'));
  assert.equal(after.totals.absorbed.technical_amount_fen, sum('absorbed', 'technical_amount_fen'));
  const county = await stats(city.clients.baofengOfficer, year);
  assert.deepEqual(county.items.map((i) => i.region_code), [BAOFENG.code], 'a county sees its own county only');
  assert.equal(county.items[0].output.total_amount_fen, row(after, BAOFENG.code).output.total_amount_fen);
  const empty = await stats(city.clients.cityOfficer, year - 1);
  assert.equal(empty.totals.output.count, 0);
  assertError(await city.clients.baofengUser.get(`${URL}/stats?year=${year}`), 403, 'FORBIDDEN');
  assertError(await city.clients.cityOfficer.get(`${URL}/stats?year=abc`), 400, 'FIELD_INVALID', 'year');
  const xlsx = await city.clients.cityOfficer.get(`${URL}/stats/export?year=${year}`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
});

test('the signed contract attaches to the contract and follows its scope', async () => {
  const k = await fileContract(city.clients.baofengUser);
  const q = `record_type=tech_contract&record_id=${k.id}`;
  const meta = assertOk(await city.clients.baofengUser.post(`/api/v1/attachments?${q}&filename=${encodeURIComponent('合同.pdf')}`,
    minimalPdf('合同'), { headers: { 'content-type': 'application/pdf' } }), 201);
  const seen = assertOk(await city.clients.baofengOfficer.get(`/api/v1/attachments?${q}`));
  assert.ok(seen.items.some((a) => String(a.id) === String(meta.id)));
  assertError(await city.clients.yexianOfficer.get(`/api/v1/attachments?${q}`), 404, 'NOT_FOUND');
});

test('income-tax self-check on a year\'s technology-transfer income: 500万元 exempt, the excess halved', async () => {
  const c = city.clients.baofengUser;
  const r = assertOk(await c.post('/api/v1/market/tax/transfer-income', {
    transfers: [{ income_fen: 600_0000_00, cost_fen: 50_0000_00 }, { income_fen: 300_0000_00, related_taxes_fen: 50_0000_00 }],
  }));
  assert.equal(r.income_total_fen, 800_0000_00);
  assert.equal(r.exempt_fen, 500_0000_00);
  assert.equal(r.excess_fen, 300_0000_00);
  assert.equal(r.tax_fen, 37_5000_00);
  assertError(await c.post('/api/v1/market/tax/transfer-income', { transfers: [] }), 400, 'FIELD_INVALID', 'transfers');
  assertError(await c.post('/api/v1/market/tax/transfer-income', { transfers: [{ income_fen: -1 }] }), 400, 'FIELD_INVALID', 'transfers[0].income_fen');
});
