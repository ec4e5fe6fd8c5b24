// Every paged list exports to Excel through one mechanism (GET <list>/export): the rows are the list's items
// under the same filters and data scope, the route is guarded like the list, and bad filters fail like the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk, Client } from './lib/client.mjs';
import { fileContract, publishListing } from './lib/market.mjs';
import { readXlsxRows } from './lib/xlsx-read.mjs';
import { buildCity, createOrg, BAOFENG } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every item of a list, page by page, the way the web UI pages it. */
async function listAll(client, path, query = '') {
  const items = [];
  for (let page = 1; ; page += 1) {
    const body = assertOk(await client.get(`${path}?${query}&page=${page}&page_size=200`));
    items.push(...body.items);
    if (body.total === undefined || body.items.length < 200 || items.length >= body.total) return items;
  }
}

/** The export's rows without the header row (asserting it is an .xlsx download). */
async function exportRows(client, path, query = '') {
  const res = await client.get(`${path}/export?${query}`);
  assert.equal(res.status, 200, `${path}/export: ${res.text.slice(0, 300)}`);
  assert.equal(res.headers.get('content-type'), XLSX_TYPE);
  const [header, ...rows] = readXlsxRows(res.bytes);
  assert.ok(header.length > 0 && header.every((h) => h.length > 0), 'every column has a header');
  return rows;
}

/** What a Beijing wall clock showed at an ISO instant, to the minute. */
const beijingMinute = (iso) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

test('the organisation export is the list, in order, across more than one page of 200', async () => {
  for (let batch = 0; batch < 10; batch += 1)
    await Promise.all(Array.from({ length: 21 }, () => createOrg(city.clients.admin, { region: BAOFENG.code })));
  const items = await listAll(city.clients.admin, '/api/v1/orgs', 'kind=enterprise');
  assert.ok(items.length > 200, `only ${items.length} enterprises`);
  // page and page_size in the export's query are the caller's view of the list, not a limit on the file
  const rows = await exportRows(city.clients.admin, '/api/v1/orgs', 'kind=enterprise&page=2&page_size=5');
  assert.deepEqual(rows.map((r) => r[0]), items.map((o) => o.name));
  assert.deepEqual(rows.map((r) => r[2]), items.map((o) => o.credit_code));
  assert.deepEqual(rows.map((r) => r[9]), items.map((o) => beijingMinute(o.created_at)));
});

test('a county officer exports only the organisations and contracts of their county', async () => {
  const officer = city.clients.baofengOfficer;
  const orgs = await listAll(officer, '/api/v1/orgs');
  const rows = await exportRows(officer, '/api/v1/orgs');
  assert.deepEqual(rows.map((r) => r[0]), orgs.map((o) => o.name));
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r[3].includes(BAOFENG.name)), 'a row outside 宝丰县');
  assert.ok(!rows.some((r) => r[0] === city.orgs.entYexian.name));

  const own = await fileContract(city.clients.baofengUser, { buyerRegion: '410421' });
  const other = await fileContract(city.clients.yexianAdmin, { buyerRegion: '410422' });
  const contracts = await listAll(officer, '/api/v1/market/contracts');
  const exported = await exportRows(officer, '/api/v1/market/contracts');
  assert.deepEqual(exported.map((r) => r[0]), contracts.map((k) => k.title));
  assert.ok(exported.some((r) => r[0] === own.title));
  assert.ok(!exported.some((r) => r[0] === other.title), 'another county\'s contract was exported');
});

test('contract amounts are exported in 元 exactly as the list states them', async () => {
  await fileContract(city.clients.baofengUser, { total_amount_fen: 1_234_567_89, non_technical_costs: [] });
  const contracts = await listAll(city.clients.cityOfficer, '/api/v1/market/contracts', 'status=pending');
  const rows = await exportRows(city.clients.cityOfficer, '/api/v1/market/contracts', 'status=pending');
  assert.ok(rows.some((r) => r[8] === '1234567.89'));
  assert.deepEqual(rows.map((r) => [r[8], r[9]]), contracts.map((k) => [k.total_amount_yuan, k.technical_amount_yuan]));
  assert.deepEqual(rows.map((r) => r[3]), contracts.map((k) => k.seller.name));
});

test('every list export answers the same rows as its list for an administrator', async () => {
  const demand = await publishListing(city.clients.baofengUser, city.clients.baofengOfficer, 'demands');
  await publishListing(city.clients.baofengUser, city.clients.baofengOfficer, 'achievements');
  assertOk(await city.clients.yexianAdmin.post(`/api/v1/market/demands/${demand.id}/contact`, { message: '有意合作' }), 201);
  const starts = new Date(Date.now() + 3 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  assertOk(await city.clients.cityOfficer.post('/api/v1/market/events', { title: '新材料对接会', starts_at: starts, place: '市科技大厦' }), 201);
  const lists = [['/api/v1/orgs'], ['/api/v1/users'], ['/api/v1/cultivation/reports'], ['/api/v1/cultivation/reserve-pool'],
    ['/api/v1/cultivation/monitoring/near-threshold', 'fiscal_year=2025'], ['/api/v1/cultivation/high-tech-certifications'],
    ['/api/v1/market/contracts'], ['/api/v1/market/demands'], ['/api/v1/market/achievements'], ['/api/v1/market/matchmaking'],
    ['/api/v1/market/events'], ['/api/v1/ledger/items'], ['/api/v1/policy-documents']];
  for (const [path, query = ''] of lists) {
    const items = await listAll(city.clients.admin, path, query);
    const rows = await exportRows(city.clients.admin, path, query);
    assert.equal(rows.length, items.length, path);
  }
  for (const path of ['/api/v1/market/demands', '/api/v1/market/achievements', '/api/v1/market/matchmaking'])
    assert.ok((await exportRows(city.clients.admin, path)).length > 0, `${path} exported nothing`);
  const events = await listAll(city.clients.admin, '/api/v1/market/events');
  const eventRows = await exportRows(city.clients.admin, '/api/v1/market/events');
  assert.ok(events.length > 0);
  assert.deepEqual(eventRows.map((r) => [r[0], r[1], r[3]]),
    events.map((e) => [e.title, beijingMinute(e.starts_at), e.online ? '是' : '否']));
});

test('the file is named after the list and the Beijing date, in UTF-8 (RFC 5987)', async () => {
  const res = await city.clients.cityOfficer.get('/api/v1/orgs/export');
  const disposition = res.headers.get('content-disposition');
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  assert.ok(encoded, disposition);
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  assert.equal(decodeURIComponent(encoded), `单位名录-${day}.xlsx`);
  assert.match(disposition, /^attachment; filename="[\x20-\x7e]+"/, 'an ASCII fallback name for old clients');
});

test('an organisation user cannot export bureau-only lists', async () => {
  for (const path of ['/api/v1/cultivation/monitoring/near-threshold', '/api/v1/cultivation/high-tech-certifications']) {
    assertError(await city.clients.baofengUser.get(path), 403, 'FORBIDDEN');
    assertError(await city.clients.baofengUser.get(`${path}/export`), 403, 'FORBIDDEN');
  }
  assertError(await new Client(env.baseUrl).get('/api/v1/orgs/export'), 401, 'AUTH_REQUIRED');
});

test('a bad filter fails the export exactly as it fails the list', async () => {
  const cases = [['/api/v1/orgs', 'status=bogus', 'status'], ['/api/v1/ledger/items', 'kind=plan', 'kind'],
    ['/api/v1/cultivation/reports', 'state=lost', 'state'], ['/api/v1/market/contracts', 'status=gone', 'status']];
  for (const [path, query, field] of cases) {
    const list = await city.clients.cityOfficer.get(`${path}?${query}`);
    assertError(list, 400, 'FIELD_INVALID', field);
    const exported = await city.clients.cityOfficer.get(`${path}/export?${query}`);
    assertError(exported, 400, 'FIELD_INVALID', field);
    assert.equal(exported.json.error.message, list.json.error.message);
  }
});

test('expert, agency and platform exports list their records, a list of fields by name', async () => {
  const officer = city.clients.baofengOfficer;
  const expert = assertOk(await officer.post('/api/v1/market/experts', {
    name: '李教授', professional_title: '教授', org_name: '平顶山学院', hightech_field_codes: ['10101', '20101'],
    industry_codes: ['6513'], keywords: '超导磁体', research_summary: '长期从事超导磁体研究。', region_code: BAOFENG.code,
    contact_name: '李老师', contact_phone: '13800000000',
  }), 201);
  const rows = await exportRows(city.clients.admin, '/api/v1/market/experts');
  const listed = await listAll(city.clients.admin, '/api/v1/market/experts');
  assert.equal(rows.length, listed.length);
  const row = rows[listed.findIndex((e) => e.id === expert.id)];
  assert.equal(row[0], '李教授');
  assert.equal(row[3], expert.hightech_fields.map((f) => f.name).join('、'));
  assert.ok(row[3].includes('、'), 'two fields, two names');
  assert.equal((await exportRows(city.clients.admin, '/api/v1/market/agencies')).length,
    (await listAll(city.clients.admin, '/api/v1/market/agencies')).length);

  const platform = assertOk(await officer.post('/api/v1/platforms', {
    name: '宝丰县新材料工程技术研究中心', type: 'eng_research_center', level: 'municipal', host_org_id: city.orgs.entBaofeng.id,
    recognised_on: '2026-03-15', document_no: '平科〔2026〕12号', contact_name: '王工', contact_phone: '0375-1234567',
  }), 201);
  const platformRows = await exportRows(officer, '/api/v1/platforms');
  assert.deepEqual(platformRows.map((r) => r[0]), (await listAll(officer, '/api/v1/platforms')).map((p) => p.name));
  assert.ok(platformRows.some((r) => r[0] === platform.name && r[1] === platform.type_name && r[6] === '平科〔2026〕12号'));
});
