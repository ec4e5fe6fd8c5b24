// Market search (issue 4 "Chinese search"): filters by field, industry, region (a city covers its counties), mode,
// maturity and publication date applied before ranking and paging; one- and two-character queries; title and
// snippet highlighting; suggestions; and expert / agency profiles (submitted, reviewed, public without contact,
// searchable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, loginAs, uniqueName, BAOFENG, YEXIAN, CITY } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });
const CONTACT = { contact_name: '赵联系', contact_phone: '13900139000' };
const CONTACT_KEYS = ['contact_name', 'contact_phone', 'contact_email', 'reject_reason'];

function achievement(overrides = {}) {
  return {
    title: '储能材料', abstract: '一种材料。', hightech_field_code: '10101', region_code: BAOFENG.code,
    transfer_mode: 'license', maturity: 'pilot', external_id: uniqueName('ach-'), ...CONTACT, ...overrides,
  };
}

async function publishAchievement(overrides, client = city.clients.baofengUser) {
  const item = assertOk(await client.post('/api/v1/market/achievements', achievement(overrides)), 201);
  return assertOk(await city.clients.cityOfficer.post(`/api/v1/market/achievements/${item.id}/approve`, {}));
}

async function search(query) {
  return assertOk(await env.client().get(`/api/v1/market/search?${new URLSearchParams(query)}`));
}
const idsOf = (res) => res.items.map((i) => i.id).sort((a, b) => a - b);
const sorted = (...items) => items.map((i) => i.id).sort((a, b) => a - b);

function assertNoContact(obj, where) {
  for (const key of CONTACT_KEYS) assert.ok(!(key in obj), `${where} shows ${key}`);
  const text = JSON.stringify(obj);
  assert.ok(!text.includes(CONTACT.contact_phone) && !text.includes(CONTACT.contact_name), `${where} leaks contact data`);
}

test('filters narrow the ranked search inside the query: field, industry, region prefix, mode, maturity', async () => {
  const w = '光伏逆变器';
  const a = await publishAchievement({ title: `${w}甲`, hightech_field_code: '10101', industry_code: '6513' });
  const b = await publishAchievement({ title: `${w}乙`, hightech_field_code: '10102', transfer_mode: 'transfer' });
  const c = await publishAchievement({ title: `${w}丙`, region_code: YEXIAN.code, maturity: 'industrial' },
    city.clients.yexianAdmin);
  const base = { q: w, type: 'achievement' };
  assert.deepEqual(idsOf(await search(base)), sorted(a, b, c));
  assert.deepEqual(idsOf(await search({ ...base, field: '10102' })), sorted(b));
  assert.deepEqual(idsOf(await search({ ...base, field: '101' })), sorted(a, b, c), 'a parent field covers its sub-fields');
  assert.deepEqual(idsOf(await search({ ...base, industry: '6513' })), sorted(a));
  assert.deepEqual(idsOf(await search({ ...base, region: YEXIAN.code })), sorted(c));
  assert.deepEqual(idsOf(await search({ ...base, region: CITY.code })), sorted(a, b, c), 'the city covers its counties');
  assert.deepEqual(idsOf(await search({ ...base, region: '410100' })), []);
  assert.deepEqual(idsOf(await search({ ...base, mode: 'transfer' })), sorted(b));
  assert.deepEqual(idsOf(await search({ ...base, maturity: 'industrial' })), sorted(c));
  const one = await search({ ...base, field: '10101', limit: 1 });
  assert.equal(one.total, 2, 'the total counts the filtered matches');
  assert.equal(one.items.length, 1);
});

test('one- and two-character queries find words in any position', async () => {
  const marker = uniqueName('').replace(/\d/g, '');
  const pump = await publishAchievement({ title: `高效离心泵${marker}`, abstract: '节能改造。' });
  const battery = await publishAchievement({ title: `锂电池回收${marker}`, abstract: '湿法冶金。' });
  const onePump = await search({ q: '泵', type: 'achievement', limit: 100 });
  assert.ok(onePump.items.some((i) => i.id === pump.id), '泵 must find 离心泵');
  assert.ok(!onePump.items.some((i) => i.id === battery.id));
  const two = await search({ q: '电池', type: 'achievement', limit: 100 });
  assert.ok(two.items.some((i) => i.id === battery.id), '电池 must find 锂电池');
  assert.ok(!two.items.some((i) => i.id === pump.id));
});

test('pages by offset or page number with a total, and highlights title and body snippet', async () => {
  const w = '钙钛矿';
  const made = [];
  for (let i = 0; i < 5; i += 1) {
    made.push(await publishAchievement({ title: `${w}组件<${i}>`, abstract: `${'背景说明。'.repeat(30)}采用${w}叠层结构，效率提升。` }));
  }
  const base = { q: w, type: 'achievement', limit: 2 };
  const pages = [await search({ ...base, offset: 0 }), await search({ ...base, page: 2 }), await search({ ...base, offset: 4 })];
  assert.deepEqual(pages.map((p) => p.items.length), [2, 2, 1]);
  assert.ok(pages.every((p) => p.total === 5 && p.total_is_estimate === false));
  assert.deepEqual(pages.flatMap((p) => p.items.map((i) => i.id)).sort((a, b) => a - b), sorted(...made));
  const hit = pages[0].items[0];
  assert.match(hit.title_highlight, /^<mark>钙钛矿<\/mark>组件&lt;\d&gt;$/);
  assert.match(hit.snippet_highlight, /^….*<mark>钙钛矿<\/mark>叠层结构/, 'the snippet starts near the match, not at the text start');
  assert.ok([...hit.snippet_highlight].length < 100);
  assert.equal(hit.external_id, made.find((m) => m.id === hit.id).external_id);
  for (const item of pages.flatMap((p) => p.items)) assertNoContact(item, 'search result');
});

test('an empty query browses the newest published records with the filters', async () => {
  const res = await search({ type: 'achievement', region: YEXIAN.code, limit: 100 });
  assert.ok(res.items.length > 0);
  assert.ok(res.items.every((i) => i.region_code === YEXIAN.code));
  const times = res.items.map((i) => Date.parse(i.reviewed_at));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
});

test('search and suggest parameters are validated with the parameter named', async () => {
  const anon = env.client();
  const cases = [
    ['search?type=achievement&field=99999', 'FIELD_INVALID', 'field'],
    ['search?type=achievement&region=999999', 'REGION_CODE_INVALID', 'region'],
    ['search?type=achievement&mode=gift', 'FIELD_INVALID', 'mode'],
    ['search?type=demand&maturity=pilot', 'FIELD_INVALID', 'maturity'],
    ['search?type=expert&mode=transfer', 'FIELD_INVALID', 'mode'],
    ['search?type=achievement&published_from=2026-13-01', 'FIELD_INVALID', 'published_from'],
    ['search?type=achievement&published_from=2026-10-02&published_to=2026-10-01', 'FIELD_INVALID', 'published_to'],
    ['search?type=achievement&offset=-1', 'FIELD_INVALID', 'offset'],
    ['search?type=achievement&page=0', 'FIELD_INVALID', 'page'],
    ['suggest?type=achievement&q=a&limit=0', 'FIELD_INVALID', 'limit'],
    ['suggest?type=nothing&q=a', 'FIELD_INVALID', 'type'],
  ];
  for (const [path, code, field] of cases) assertError(await anon.get(`/api/v1/market/${path}`), 400, code, field);
});

test('suggestions return titles with a word starting with the typed text, and keywords', async () => {
  const marker = uniqueName('').replace(/\d/g, '');
  const item = await publishAchievement({ title: `新型固态储能电池隔膜${marker}`, keywords: '隔膜涂覆 陶瓷' });
  const anon = env.client();
  const res = assertOk(await anon.get(`/api/v1/market/suggest?type=achievement&q=${encodeURIComponent('电池隔')}`));
  const hit = res.items.find((s) => s.id === item.id);
  assert.ok(hit, 'a title containing 电池隔 at a word start is suggested');
  assert.equal(hit.text, item.title);
  assert.match(hit.highlight, /<mark>电池隔<\/mark>/);
  const kw = assertOk(await anon.get(`/api/v1/market/suggest?type=achievement&q=${encodeURIComponent('隔膜涂')}`));
  assert.ok(kw.items.some((s) => s.text === '隔膜涂覆'));
  const none = assertOk(await anon.get(`/api/v1/market/suggest?type=demand&q=${encodeURIComponent('电池隔')}`));
  assert.ok(!none.items.some((s) => s.id === item.id), 'suggestions are per type');
});

function expert(overrides = {}) {
  return {
    name: '李教授', professional_title: '教授', org_name: '平顶山学院', hightech_field_codes: ['10101', '20101'],
    industry_codes: ['6513'], keywords: '超导磁体 低温', research_summary: '长期从事超导磁体与低温工程研究。',
    region_code: CITY.code, ...CONTACT, contact_email: 'li@example.cn', external_id: uniqueName('exp-'), ...overrides,
  };
}

test('expert profiles: validated, reviewed by the bureau, public without contact, searchable with filters', async () => {
  const user = city.clients.baofengUser;
  const cases = [
    [expert({ name: '' }), 'FIELD_MISSING', 'name'],
    [expert({ hightech_field_codes: [] }), 'FIELD_MISSING', 'hightech_field_codes'],
    [expert({ hightech_field_codes: ['99999'] }), 'FIELD_INVALID', 'hightech_field_codes'],
    [expert({ hightech_field_codes: '10101' }), 'FIELD_INVALID', 'hightech_field_codes'],
    [expert({ industry_codes: ['X'] }), 'INDUSTRY_CODE_INVALID', 'industry_codes'],
    [expert({ research_summary: '' }), 'FIELD_MISSING', 'research_summary'],
    [expert({ org_id: city.orgs.entYexian.id }), 'FIELD_INVALID', 'org_id'],
    [{ ...expert(), services: 'x' }, 'FIELD_UNKNOWN', 'services'],
  ];
  for (const [body, code, field] of cases) assertError(await user.post('/api/v1/market/experts', body), 400, code, field);
  const mine = assertOk(await user.post('/api/v1/market/experts', expert({ org_id: city.orgs.entBaofeng.id })), 201);
  assert.equal(mine.status, 'pending');
  assert.equal(mine.org_name, city.orgs.entBaofeng.name, 'a linked organisation gives its registry name');
  assert.deepEqual(mine.hightech_fields.map((f) => f.code), ['10101', '20101']);
  assert.equal(mine.contact_phone, CONTACT.contact_phone, 'the submitter sees the contact fields');
  const anon = env.client();
  assertError(await anon.get(`/api/v1/public/market/experts/${mine.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianAdmin.get(`/api/v1/market/experts/${mine.id}`), 404, 'NOT_FOUND');
  assertError(await user.post(`/api/v1/market/experts/${mine.id}/approve`, {}), 403, 'FORBIDDEN');
  const published = assertOk(await city.clients.cityOfficer.post(`/api/v1/market/experts/${mine.id}/approve`, {}));
  assert.equal(published.status, 'published');
  assertError(await city.clients.cityOfficer.post(`/api/v1/market/experts/${mine.id}/approve`, {}), 409, 'INVALID_STATE');

  const one = assertOk(await anon.get(`/api/v1/public/market/experts/${mine.id}`));
  assert.equal(one.name, '李教授');
  assertNoContact(one, 'public expert');
  const list = assertOk(await anon.get('/api/v1/public/market/experts?page_size=200'));
  assert.ok(list.items.some((e) => e.id === mine.id));
  for (const e of list.items) assertNoContact(e, 'public expert list');

  const found = await search({ q: '超导磁体', type: 'expert' });
  assert.deepEqual(found.items.map((i) => i.id), [mine.id]);
  assert.equal(found.items[0].external_id, mine.external_id);
  assertNoContact(found.items[0], 'expert search result');
  assert.deepEqual(idsOf(await search({ q: '超导', type: 'expert', field: '201' })), [mine.id], 'any of its fields matches');
  assert.deepEqual(idsOf(await search({ q: '超导', type: 'expert', field: '102' })), []);
  assert.deepEqual(idsOf(await search({ q: '超导', type: 'agency' })), [], 'experts are not agencies');
  const sug = assertOk(await anon.get(`/api/v1/market/suggest?type=expert&q=${encodeURIComponent('超导')}`));
  assert.ok(sug.items.some((s) => s.text === '超导磁体'));
});

test('agency profiles: an organisation files its own, bureau staff file within their jurisdiction; rejection needs a reason', async () => {
  const body = { services: '技术评估、专利运营与成果转化对接服务。', hightech_field_codes: ['10101'], keywords: '成果转化 专利运营', ...CONTACT };
  const own = assertOk(await city.clients.yexianAdmin.post('/api/v1/market/agencies', body), 201);
  assert.equal(own.org_id, city.orgs.entYexian.id);
  assert.equal(own.name, city.orgs.entYexian.name);
  assert.equal(own.region_code, YEXIAN.code);
  assertError(await city.clients.baofengOfficer.post('/api/v1/market/agencies', body), 400, 'FIELD_MISSING', 'org_id');
  assertError(await city.clients.baofengOfficer.post('/api/v1/market/agencies', { ...body, org_id: city.orgs.entYexian.id }),
    400, 'FIELD_INVALID', 'region_code');
  const filed = assertOk(await city.clients.baofengOfficer.post('/api/v1/market/agencies',
    { ...body, org_id: city.orgs.entBaofeng.id, name: '宝丰技术转移中心' }), 201);
  assertError(await city.clients.baofengOfficer.post(`/api/v1/market/agencies/${own.id}/approve`, {}), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianOfficer.post(`/api/v1/market/agencies/${own.id}/reject`, {}), 400, 'FIELD_MISSING', 'reason');
  const rejected = assertOk(await city.clients.yexianOfficer.post(`/api/v1/market/agencies/${own.id}/reject`, { reason: '服务内容不具体' }));
  assert.equal(rejected.reject_reason, '服务内容不具体');
  assertOk(await city.clients.baofengOfficer.post(`/api/v1/market/agencies/${filed.id}/approve`, {}));
  const found = await search({ q: '专利运营', type: 'agency' });
  assert.deepEqual(found.items.map((i) => i.id), [filed.id], 'only the published agency is found');
  assert.match(found.items[0].snippet_highlight, /<mark>专利运营<\/mark>/);
  const staffList = assertOk(await city.clients.cityOfficer.get('/api/v1/market/agencies?status=pending'));
  assert.ok(staffList.items.every((a) => a.status === 'pending'));
  const theirs = assertOk(await city.clients.yexianAdmin.get('/api/v1/market/agencies'));
  assert.deepEqual(theirs.items.map((a) => a.id), [own.id], 'an organisation sees its own profiles only');
});

test('the publication date range is in Beijing calendar days, both ends inclusive', async () => {
  const w = '氢燃料电堆';
  const first = await publishAchievement({ title: `${w}一号` });
  await env.advanceClock(3 * 86400);  // sessions expire meanwhile: this test runs last and logs in again
  for (const who of ['baofengUser', 'cityOfficer']) city.clients[who] = await loginAs(env, city.accounts[who]);
  const second = await publishAchievement({ title: `${w}二号` });
  const day = (iso) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
  const base = { q: w, type: 'achievement' };
  assert.deepEqual(idsOf(await search({ ...base, published_to: day(first.reviewed_at) })), sorted(first));
  assert.deepEqual(idsOf(await search({ ...base, published_from: day(second.reviewed_at) })), sorted(second));
  assert.deepEqual(idsOf(await search({ ...base, published_from: day(first.reviewed_at), published_to: day(second.reviewed_at) })),
    sorted(first, second));
});
