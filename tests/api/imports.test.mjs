// Bulk import (issue 3: enterprises; issue 4: achievements and demands): template download, upload → a batch
// with row errors and nothing applied, apply only the valid rows, once; GBK CSV from Excel; data scopes; and
// `kechuang import` on JSON Lines whose external ids come back from search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { creditCode, withBadCheckChar } from './lib/codes.mjs';
import { buildCity, uniqueName, BAOFENG, YEXIAN } from './lib/world.mjs';
import { excelSerial, xlsxOf } from './lib/xlsx.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });
const ENTERPRISES = '/api/v1/cultivation/imports';
const MARKET = '/api/v1/market/imports';
const HEADER = '单位名称*,统一社会信用代码*,行政区划代码*,行业代码,联系人';

function upload(client, base, bytes, { filename = 'data.csv', query = '' } = {}) {
  return client.post(`${base}?filename=${encodeURIComponent(filename)}${query}`, bytes,
    { headers: { 'content-type': 'application/octet-stream' } });
}

const csv = (rows) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
const enterpriseRow = (code, region = BAOFENG.code, name = `导入企业${uniqueName('')}`) => `${name},${code},${region},6513,张三`;

async function orgByCode(client, code) {
  const list = assertOk(await client.get(`/api/v1/orgs?q=${code}`));
  return list.items.find((o) => o.credit_code === code);
}

test('the templates are .xlsx workbooks that read back as an empty import', async () => {
  const officer = city.clients.cityOfficer;
  for (const url of [`${ENTERPRISES}/template.xlsx`, `${MARKET}/template.xlsx?kind=demands`, `${MARKET}/template.xlsx?kind=achievements`]) {
    const res = await officer.get(url);
    assert.equal(res.status, 200, url);
    assert.match(res.headers.get('content-type'), /spreadsheetml\.sheet/);
    assert.equal(res.bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', `${url} is not a ZIP container`);
    const base = url.startsWith(MARKET) ? MARKET : ENTERPRISES;
    const kind = url.includes('kind=') ? `&${url.split('?')[1]}` : '';
    const batch = assertOk(await upload(officer, base, res.bytes, { filename: 'template.xlsx', query: kind }), 201);
    assert.equal(batch.format, 'xlsx');
    assert.equal(batch.total_rows, 0, `${url}: the untouched template holds data rows`);
    assert.equal(batch.invalid_rows, 0, JSON.stringify(batch.errors));
  }
  assertError(await officer.get(`${MARKET}/template.xlsx?kind=experts`), 400, 'FIELD_INVALID', 'kind');
});

test('3 good and 2 bad rows: a report with line and field, nothing applied until apply, then only the good rows, once', async () => {
  const officer = city.clients.baofengOfficer;
  const good = [creditCode(BAOFENG.code), creditCode(BAOFENG.code), creditCode(BAOFENG.code)];
  const badCheck = withBadCheckChar(creditCode(BAOFENG.code));
  const outside = creditCode(YEXIAN.code);
  const file = csv([enterpriseRow(good[0]), enterpriseRow(badCheck), enterpriseRow(good[1]),
    enterpriseRow(outside, YEXIAN.code), enterpriseRow(good[2])]);
  const batch = assertOk(await upload(officer, ENTERPRISES, file), 201);
  assert.equal(batch.status, 'validated');
  assert.deepEqual([batch.total_rows, batch.valid_rows, batch.invalid_rows, batch.applied_rows], [5, 3, 2, 0]);
  assert.deepEqual(batch.errors.map((e) => [e.line, e.field, e.code]),
    [[3, 'credit_code', 'CREDIT_CODE_INVALID'], [5, 'region_code', 'FORBIDDEN']]);
  assert.equal(batch.errors[0].column, '统一社会信用代码');
  for (const code of [...good, badCheck, outside]) assert.equal(await orgByCode(city.clients.admin, code), undefined);

  const paged = assertOk(await officer.get(`${ENTERPRISES}/${batch.id}/errors?page=2&page_size=1`));
  assert.equal(paged.total, 2);
  assert.deepEqual(paged.items.map((e) => e.line), [5]);
  const report = await officer.get(`${ENTERPRISES}/${batch.id}/errors.xlsx`);
  assert.equal(report.status, 200);
  assert.equal(report.bytes.subarray(0, 2).toString('latin1'), 'PK');

  assertError(await officer.post(`${ENTERPRISES}/${batch.id}/apply`, { only_valid_rows: false }), 409, 'CONFLICT');
  assert.equal(await orgByCode(city.clients.admin, good[0]), undefined, 'a refused apply created an organisation');
  const applied = assertOk(await officer.post(`${ENTERPRISES}/${batch.id}/apply`, { only_valid_rows: true }));
  assert.equal(applied.status, 'applied');
  assert.equal(applied.applied_rows, 3);
  for (const code of good) {
    const org = await orgByCode(officer, code);
    assert.ok(org, `${code} was not created`);
    assert.equal(org.kind, 'enterprise');
    assert.equal(org.status, 'approved');
    assert.equal(org.region_code, BAOFENG.code);
  }
  assertError(await officer.post(`${ENTERPRISES}/${batch.id}/apply`, { only_valid_rows: true }), 409, 'INVALID_STATE');
  assert.equal(assertOk(await officer.get(`${ENTERPRISES}/${batch.id}`)).applied_rows, 3);
  const audit = assertOk(await city.clients.admin.get('/api/v1/audit?action=cultivation.imports.apply&page_size=200'));
  const entries = audit.items.filter((e) => e.target_type === 'import_batch' && String(e.target_id) === String(batch.id));
  assert.equal(entries.length, 1, JSON.stringify(entries));  // the refused applies name no batch
  assert.match(entries[0].summary, /导入企业 3 条/);
});

test('a fully valid file applies without only_valid_rows; registered or repeated credit codes are row errors', async () => {
  const officer = city.clients.cityOfficer;
  const code = creditCode(YEXIAN.code);
  const ok = assertOk(await upload(officer, ENTERPRISES, csv([enterpriseRow(code, YEXIAN.code)])), 201);
  assert.equal(ok.invalid_rows, 0);
  assert.equal(assertOk(await officer.post(`${ENTERPRISES}/${ok.id}/apply`, {})).applied_rows, 1);
  const fresh = creditCode(YEXIAN.code);
  const again = assertOk(await upload(officer, ENTERPRISES,
    csv([enterpriseRow(code, YEXIAN.code), enterpriseRow(fresh, YEXIAN.code), enterpriseRow(fresh, YEXIAN.code)])), 201);
  assert.deepEqual(again.errors.map((e) => [e.line, e.field, e.code]),
    [[2, 'credit_code', 'CREDIT_CODE_TAKEN'], [4, 'credit_code', 'FIELD_INVALID']]);
  assert.match(again.errors[1].message, /第3行/);
});

test('a GBK CSV saved by Excel in China is read', async () => {
  const officer = city.clients.baofengOfficer;
  const code = creditCode(BAOFENG.code);
  const name = '宝丰县汝瓷文化科技有限公司';
  const utf8 = `${HEADER}\r\n${enterpriseRow(code, BAOFENG.code, name)}\r\n`;
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: utf8 });
  assert.ok(!gbk.equals(Buffer.from(utf8)), 'the test file is not GBK');
  const batch = assertOk(await upload(officer, ENTERPRISES, gbk), 201);
  assert.equal(batch.invalid_rows, 0, JSON.stringify(batch.errors));
  assertOk(await officer.post(`${ENTERPRISES}/${batch.id}/apply`, {}));
  assert.equal((await orgByCode(officer, code)).name, name);
});

test('scopes: batches belong to their uploader, enterprise import is for bureau staff, unknown columns refuse the file', async () => {
  const { baofengOfficer, yexianOfficer, baofengUser } = city.clients;
  const batch = assertOk(await upload(baofengOfficer, ENTERPRISES, csv([enterpriseRow(creditCode(BAOFENG.code))])), 201);
  assertError(await yexianOfficer.get(`${ENTERPRISES}/${batch.id}`), 404, 'NOT_FOUND');
  assertError(await yexianOfficer.post(`${ENTERPRISES}/${batch.id}/apply`, { only_valid_rows: true }), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.get(`${MARKET}/${batch.id}`), 404, 'NOT_FOUND');  // another endpoint's kind
  assertError(await upload(baofengUser, ENTERPRISES, csv([])), 403, 'FORBIDDEN');
  assertError(await upload(baofengOfficer, ENTERPRISES, Buffer.from('单位名称,电子邮箱\n甲,a@b.c\n')), 400, 'FIELD_INVALID', 'file');
  assertError(await upload(baofengOfficer, ENTERPRISES, Buffer.from('单位名称\n"未闭合\n')), 400, 'FIELD_INVALID', 'file');
  assertError(await upload(baofengOfficer, ENTERPRISES, Buffer.alloc(0)), 400, 'FIELD_MISSING', 'file');
});

function achievementLine(externalId, overrides = {}) {
  return JSON.stringify({
    title: `钙钛矿光伏组件封装工艺${externalId}`, abstract: '一种提高钙钛矿组件湿热稳定性的封装方法。', keywords: '钙钛矿 封装',
    hightech_field_code: '10101', region_code: BAOFENG.code, transfer_mode: 'license', maturity: 'pilot',
    contact_name: '王联系', contact_phone: '13800138000', external_id: externalId, ...overrides,
  });
}

test('market: bureau imports are published and searchable with their external_id; organisation imports wait for review', async () => {
  const officer = city.clients.baofengOfficer;
  const ids = [uniqueName('ext-'), uniqueName('ext-')];
  const lines = [achievementLine(ids[0]), '', achievementLine('x', { hightech_field_code: undefined }), achievementLine(ids[1])];
  const query = `&kind=achievements&org_credit_code=${city.orgs.entBaofeng.credit_code}`;
  const batch = assertOk(await upload(officer, MARKET, Buffer.from(lines.join('\n')), { filename: 'a.jsonl', query }), 201);
  assert.equal(batch.format, 'jsonl');
  assert.deepEqual(batch.errors.map((e) => [e.line, e.field]), [[3, 'hightech_field_code']]);
  assertOk(await officer.post(`${MARKET}/${batch.id}/apply`, { only_valid_rows: true }));
  const found = assertOk(await env.client().get(`/api/v1/market/search?q=${encodeURIComponent('钙钛矿')}&type=achievement&limit=100`));
  for (const id of ids) assert.ok(found.items.some((i) => i.external_id === id), `${id} not found by search`);

  const outside = assertOk(await upload(officer, MARKET, Buffer.from(achievementLine(uniqueName('ext-'))),
    { filename: 'b.jsonl', query: `&kind=achievements&org_credit_code=${city.orgs.entYexian.credit_code}` }), 201);
  assert.deepEqual(outside.errors.map((e) => e.field), ['org_credit_code']);

  const user = city.clients.baofengUser;
  const own = assertOk(await upload(user, MARKET, Buffer.from(achievementLine(uniqueName('ext-'))),
    { filename: 'c.jsonl', query: '&kind=achievements' }), 201);
  assert.equal(own.invalid_rows, 0, JSON.stringify(own.errors));
  assertOk(await user.post(`${MARKET}/${own.id}/apply`, {}));
  const foreign = assertOk(await upload(user, MARKET, Buffer.from(achievementLine(uniqueName('ext-'), { org_credit_code: city.orgs.entYexian.credit_code })),
    { filename: 'd.jsonl', query: '&kind=achievements' }), 201);
  assert.deepEqual(foreign.errors.map((e) => e.field), ['org_credit_code']);
  const mine = assertOk(await user.get('/api/v1/market/achievements?status=pending'));
  assert.ok(mine.items.some((i) => i.org_id === city.orgs.entBaofeng.id || String(i.org_id) === String(city.orgs.entBaofeng.id)));
});

test('market: a demand spreadsheet in Chinese (modes by name, budgets in 元) is read exactly', async () => {
  const officer = city.clients.cityOfficer;
  const header = '标题*,需求描述*,高新技术领域代码*,行政区划代码*,合作方式*,预算下限（元）,预算上限（元）,联系人*,联系电话*,外部编号,所属单位统一社会信用代码';
  const ext = uniqueName('dem-');
  const row = `帘子布视觉检测,在线检测表面缺陷,10101,${YEXIAN.code},揭榜挂帅,"1,000.50",2000,李四,13900000000,${ext},${city.orgs.entYexian.credit_code}`;
  const batch = assertOk(await upload(officer, MARKET, Buffer.from(`${header}\n${row}\n`), { query: '&kind=demands' }), 201);
  assert.equal(batch.invalid_rows, 0, JSON.stringify(batch.errors));
  assertOk(await officer.post(`${MARKET}/${batch.id}/apply`, {}));
  const list = assertOk(await officer.get('/api/v1/market/demands?status=published&page_size=200'));
  const item = list.items.find((i) => i.external_id === ext);
  assert.ok(item, 'the imported demand is not published');
  assert.equal(item.cooperation_mode, 'open_competition');
  assert.equal(item.budget_min_fen, 100050);
  assert.equal(item.budget_max_fen, 200000);
});

test('market: an .xlsx with a date cell and a numeric phone is read through the relationship to its sheet', async () => {
  const officer = city.clients.cityOfficer;
  const ext = uniqueName('xl-');
  const deadline = '2031-02-28';
  const file = xlsxOf([
    ['标题*', '需求描述*', '高新技术领域代码*', '行政区划代码*', '合作方式*', '截止日期', '联系人*', '联系电话*', '外部编号', '所属单位统一社会信用代码'],
    ['陶瓷釉料配方优化', '提高汝瓷釉面稳定性', '10101', BAOFENG.code, 'cooperative_dev', excelSerial(deadline), '赵六', 13700000000, ext, city.orgs.entBaofeng.credit_code],
    ['缺少领域', '无', '', BAOFENG.code, '合作开发', '', '赵六', '137', '', city.orgs.entBaofeng.credit_code],
  ]);
  const batch = assertOk(await upload(officer, MARKET, file, { filename: 'demands.xlsx', query: '&kind=demands' }), 201);
  assert.equal(batch.format, 'xlsx');
  assert.deepEqual(batch.errors.map((e) => [e.line, e.field]), [[3, 'hightech_field_code']]);
  assertOk(await officer.post(`${MARKET}/${batch.id}/apply`, { only_valid_rows: true }));
  const list = assertOk(await officer.get('/api/v1/market/demands?status=published&page_size=200'));
  const item = list.items.find((i) => i.external_id === ext);
  assert.ok(item, 'the demand from the workbook was not imported');
  assert.equal(item.deadline, deadline);
  assert.equal(item.contact_phone, '13700000000');
});

test('kechuang import achievements: JSON Lines, exit 2 with the bad line reported, good rows searchable with external_id', async () => {
  const ids = [uniqueName('cli-'), uniqueName('cli-')];
  const file = path.join(env.tmp, 'achievements.jsonl');
  writeFileSync(file, [achievementLine(ids[0], { title: `石墨烯导热膜${ids[0]}` }), '{"title": broken',
    achievementLine(ids[1], { title: `石墨烯导热膜${ids[1]}` })].join('\n'));
  const r = await env.cli(['import', 'achievements', '--file', file, '--org-credit-code', city.orgs.entBaofeng.credit_code]);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stdout, /导入 2 条/);
  assert.match(r.stdout, /第2行/);
  const found = assertOk(await env.client().get(`/api/v1/market/search?q=${encodeURIComponent('石墨烯')}&type=achievement&limit=100`));
  for (const id of ids) assert.ok(found.items.some((i) => i.external_id === id), `${id} not found by search`);

  const clean = path.join(env.tmp, 'clean.jsonl');
  writeFileSync(clean, `${achievementLine(uniqueName('cli-'))}\n`);
  const ok = await env.cli(['import', 'achievements', '--file', clean, '--org-credit-code', city.orgs.entBaofeng.credit_code]);
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  const audit = assertOk(await city.clients.admin.get('/api/v1/audit?action=market.imports.cli&page_size=200'));
  assert.ok(audit.items.some((e) => e.summary.includes('导入科技成果 2 条')), JSON.stringify(audit.items));
  const fatal = await env.cli(['import', 'achievements', '--file', path.join(env.tmp, 'missing.jsonl')]);
  assert.equal(fatal.code, 1);
  assert.match(fatal.stderr, /无法打开/);
});
