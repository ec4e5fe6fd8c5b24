// PDF outputs (src/pdf): the targets ledger bulletin, the technology-contract registration certificate and the
// cultivation bulletin ranking counties — application/pdf bytes whose text is what the JSON says, within scope.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { fileContract } from './lib/market.mjs';
import { pdfText } from './lib/pdf.mjs';
import { buildCity, uniqueName, BAOFENG, YEXIAN } from './lib/world.mjs';
import { annualReport, zipMember } from './cultivation-data.mjs';

let city;
useServer({ setup: async (e) => { city = await buildCity(e); } });

const YEAR = new Date().getUTCFullYear();

test('the ledger bulletin as PDF ranks the same units as its JSON', async () => {
  const c = city.clients.cityOfficer;
  const unit = `通报测试单位${uniqueName('')}`;
  const text = `平顶山市科学技术局文件\n平科〔${YEAR}〕30号\n一、主要目标\n${YEAR}年全市新增高新技术企业20家以上。`;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text }), 201);
  const target = doc.items.find((i) => i.kind === 'target');
  const confirmed = assertOk(await c.post(`/api/v1/policy-items/${target.id}/confirm`, {}));
  assertOk(await c.patch(`/api/v1/ledger/items/${confirmed.ledger_item_id}`, { lead_unit: unit }));

  const json = assertOk(await c.get('/api/v1/ledger/bulletin'));
  const row = json.units.find((u) => u.unit === unit);
  const pdf = pdfText(await c.get('/api/v1/ledger/bulletin.pdf'));
  for (const expected of ['目标任务推进情况通报', '责任单位排名', '县（区）排名', unit, '第1页共1页'])
    assert.ok(pdf.includes(expected), `PDF lacks ${expected}`);
  assert.ok(pdf.includes(`${row.rank}${unit}${row.items}`), `the unit is printed with its rank and item count: ${pdf}`);
  assertError(await city.clients.baofengUser.get('/api/v1/ledger/bulletin.pdf'), 403, 'FORBIDDEN');
});

test('the server renders several PDFs at once (one pango font map per worker thread)', async () => {
  const c = city.clients.cityOfficer;
  const answers = await Promise.all(Array.from({ length: 6 }, () => c.get('/api/v1/ledger/bulletin.pdf')));
  for (const res of answers) assert.ok(pdfText(res).includes('目标任务推进情况通报'));
});

test('a registered contract has a registration certificate; a pending one does not', async () => {
  const { baofengUser, baofengOfficer, yexianOfficer, cityOfficer } = city.clients;
  const k = await fileContract(baofengUser, { total_amount_fen: 1_234_567_89, non_technical_costs: [{ kind: 'equipment', amount_fen: 234_567_89 }] });
  const url = `/api/v1/market/contracts/${k.id}/certificate.pdf`;
  assertError(await baofengUser.get(url), 409, 'INVALID_STATE');
  const done = assertOk(await baofengOfficer.post(`/api/v1/market/contracts/${k.id}/register`, {}));

  const pdf = pdfText(await baofengUser.get(url));
  for (const expected of ['技术合同登记证明', done.registration_number, k.title, '技术开发·委托开发', k.buyer.name,
    k.buyer.credit_code, k.seller.credit_code, k.seller.region_name, '1,234,567.89元（123.456789万元）',
    '1,000,000.00元（100.00万元）', '符合：'])
    assert.ok(pdf.includes(expected), `certificate lacks ${expected}`);
  pdfText(await cityOfficer.get(url));  // the city sees every county's contracts
  assertError(await yexianOfficer.get(url), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianAdmin.get(url), 404, 'NOT_FOUND');
  assertError(await baofengUser.get('/api/v1/market/contracts/999999/certificate.pdf'), 404, 'NOT_FOUND');
});

async function enteredReport(client, county, year, overrides) {
  const { cityOfficer } = city.clients;
  const r = assertOk(await client.post('/api/v1/cultivation/reports', annualReport(year, overrides)));
  for (const [who, name] of [[client, 'submit'], [county, 'county-pass'], [cityOfficer, 'city-confirm'], [cityOfficer, 'register']])
    assertOk(await who.post(`/api/v1/cultivation/reports/${r.id}/${name}`, {}));
  return r;
}

test('the cultivation bulletin ranks counties, as JSON, Excel and PDF, within the caller region', async () => {
  const { baofengUser, baofengOfficer, yexianAdmin, yexianOfficer, cityOfficer } = city.clients;
  // Baofeng: entered in 2023 and again in 2024 (not new); Yexian: a filed report only (not entered).
  await enteredReport(baofengUser, baofengOfficer, 2023);
  await enteredReport(baofengUser, baofengOfficer, 2024, { techSme: { rd_expense_wan: '280' } });
  // Yexian's enterprise sells 1.5亿元: a 科技小巨人 by the tier defaults (revenue above 1亿元).
  const giant = { ...annualReport(2024, { techSme: { sales_revenue_wan: '15000' } }), registration_date: '2015-01-01' };
  const y = assertOk(await yexianAdmin.post('/api/v1/cultivation/reports', giant));
  assertOk(await yexianAdmin.post(`/api/v1/cultivation/reports/${y.id}/submit`, {}));

  const b = assertOk(await cityOfficer.get('/api/v1/cultivation/bulletin?year=2024'));
  assert.deepEqual(b.items.map((i) => [i.region_code, i.rank]), [[BAOFENG.code, 1], [YEXIAN.code, 2]]);
  const [baofeng, yexian] = b.items;
  assert.equal(baofeng.tech_sme_entered, 1);
  assert.equal(baofeng.new_entries, 0, 'entered the year before too');
  assert.equal(yexian.tech_sme_entered, 0);
  assert.equal(baofeng.rd_expense_wan, '280');
  assert.equal(baofeng.rd_intensity_pct, Number((280 / Number(baofeng.sales_revenue_wan) * 100).toFixed(4)));
  assert.equal(yexian.sales_revenue_wan, '15000');
  assert.equal(b.total.tech_sme_entered, 1);
  assert.equal(yexian.tiers.tech_little_giant, 1);
  assert.equal(baofeng.tiers.tech_little_giant, 0);
  assert.equal(b.total.tiers.tech_little_giant, 1);
  assert.ok(b.tiers.some((t) => t.code === 'tech_little_giant' && t.name === '科技小巨人企业'));
  const y2023 = assertOk(await cityOfficer.get('/api/v1/cultivation/bulletin?year=2023'));
  assert.equal(y2023.items.find((i) => i.region_code === BAOFENG.code).new_entries, 1);

  const pdf = pdfText(await cityOfficer.get('/api/v1/cultivation/bulletin.pdf?year=2024'));
  for (const expected of ['2024年度企业培育工作定期通报', `1${BAOFENG.name}1`, `2${YEXIAN.name}0`, '合计', '梯队企业', '科技小巨人企业'])
    assert.ok(pdf.includes(expected), `PDF lacks ${expected}`);

  const xlsx = await cityOfficer.get('/api/v1/cultivation/bulletin/export?year=2024');
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
  const sheet = await zipMember(xlsx.bytes, 'xl/worksheets/sheet1.xml');
  for (const expected of ['研发投入强度', '科技小巨人企业', BAOFENG.name, YEXIAN.name, '合计']) assert.ok(sheet.includes(expected), `Excel lacks ${expected}`);

  // A county officer's bulletin holds their county only.
  const own = assertOk(await yexianOfficer.get('/api/v1/cultivation/bulletin?year=2024'));
  assert.deepEqual(own.items.map((i) => i.region_code), [YEXIAN.code]);
  const ownPdf = pdfText(await yexianOfficer.get('/api/v1/cultivation/bulletin.pdf?year=2024'));
  assert.ok(ownPdf.includes(YEXIAN.name) && !ownPdf.includes(BAOFENG.name));

  assertError(await cityOfficer.get('/api/v1/cultivation/bulletin.pdf'), 400, 'FIELD_MISSING', 'year');
  assertError(await cityOfficer.get('/api/v1/cultivation/bulletin?year=abc'), 400, 'FIELD_INVALID', 'year');
  assertError(await cityOfficer.get('/api/v1/cultivation/bulletin/export?year=1999'), 400, 'FIELD_INVALID', 'year');
  assertError(await baofengUser.get('/api/v1/cultivation/bulletin.pdf?year=2024'), 403, 'FORBIDDEN');
});
