// Demands (技术需求) and achievements (科技成果): submission, review by the bureau, the public portal without
// login (no contact fields, ever) and Chinese search with ranked results and external ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, uniqueName, BAOFENG, YEXIAN } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });
const CONTACT = { contact_name: '王联系', contact_phone: '13800138000' };
const CONTACT_KEYS = ['contact_name', 'contact_phone', 'reject_reason'];

function achievement(overrides = {}) {
  return {
    title: '新型固态储能电池隔膜材料', abstract: '一种耐高温的陶瓷涂覆隔膜，提高锂电池安全性。', keywords: '储能 隔膜 锂电池',
    hightech_field_code: '10101', region_code: BAOFENG.code, transfer_mode: 'license', maturity: 'intermediate',
    patents: 'ZL202310000001.1', team: '材料研究组', external_id: uniqueName('ach-'), ...CONTACT, ...overrides,
  };
}

function demand(overrides = {}) {
  return {
    title: '帘子布生产线视觉检测技术需求', description: '需要在线检测帘子布表面缺陷的机器视觉系统。',
    hightech_field_code: '10101', region_code: YEXIAN.code, cooperation_mode: 'open_competition',
    budget_min_fen: 50_0000_00, budget_max_fen: 100_0000_00, ...CONTACT, ...overrides,
  };
}

async function publish(submitter, reviewer, kind, body) {
  const item = assertOk(await submitter.post(`/api/v1/market/${kind}`, body), 201);
  assert.equal(item.status, 'pending');
  return assertOk(await reviewer.post(`/api/v1/market/${kind}/${item.id}/approve`, {}));
}

function assertNoContact(obj, where) {
  const text = JSON.stringify(obj);
  for (const key of CONTACT_KEYS) assert.ok(!(key in obj), `${where} shows ${key}`);
  assert.ok(!text.includes(CONTACT.contact_phone) && !text.includes(CONTACT.contact_name), `${where} leaks contact data`);
}

test('submission is validated field by field', async () => {
  const c = city.clients.baofengUser;
  const cases = [
    ['achievements', achievement({ title: '' }), 'FIELD_MISSING', 'title'],
    ['achievements', achievement({ maturity: 'idea' }), 'FIELD_INVALID', 'maturity'],
    ['achievements', achievement({ price_fen: -1 }), 'FIELD_INVALID', 'price_fen'],
    ['achievements', achievement({ region_code: '000000' }), 'REGION_CODE_INVALID', 'region_code'],
    ['demands', demand({ cooperation_mode: 'gift' }), 'FIELD_INVALID', 'cooperation_mode'],
    ['demands', demand({ budget_min_fen: 2, budget_max_fen: 1 }), 'FIELD_INVALID', 'budget_max_fen'],
    ['demands', demand({ deadline: '2020-01-01' }), 'FIELD_INVALID', 'deadline'],
    ['demands', demand({ contact_phone: undefined }), 'FIELD_MISSING', 'contact_phone'],
    ['demands', { ...demand(), abstract: 'x' }, 'FIELD_UNKNOWN', 'abstract'],
  ];
  for (const [kind, body, code, field] of cases) {
    for (const [k, v] of Object.entries(body)) if (v === undefined) delete body[k];
    assertError(await c.post(`/api/v1/market/${kind}`, body), 400, code, field);
  }
  const dup = achievement();
  assertOk(await c.post('/api/v1/market/achievements', dup), 201);
  assertError(await c.post('/api/v1/market/achievements', dup), 409, 'CONFLICT', 'external_id');
  assertError(await city.clients.cityOfficer.post('/api/v1/market/achievements', achievement()), 403, 'FORBIDDEN');
});

test('pending records are not public; review is scoped and a rejection needs a reason', async () => {
  const pending = assertOk(await city.clients.baofengUser.post('/api/v1/market/achievements', achievement()), 201);
  const anon = env.client();
  assertError(await anon.get(`/api/v1/public/market/achievements/${pending.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianOfficer.post(`/api/v1/market/achievements/${pending.id}/approve`, {}), 404, 'NOT_FOUND');
  assertError(await city.clients.baofengUser.post(`/api/v1/market/achievements/${pending.id}/approve`, {}), 403, 'FORBIDDEN');
  assertError(await city.clients.baofengOfficer.post(`/api/v1/market/achievements/${pending.id}/reject`, {}), 400, 'FIELD_MISSING', 'reason');
  const rejected = assertOk(await city.clients.baofengOfficer.post(`/api/v1/market/achievements/${pending.id}/reject`, { reason: '摘要过于简单' }));
  assert.equal(rejected.status, 'rejected');
  assert.equal(rejected.reject_reason, '摘要过于简单');
  assertError(await city.clients.baofengOfficer.post(`/api/v1/market/achievements/${pending.id}/approve`, {}), 409, 'INVALID_STATE');
  assertError(await anon.get(`/api/v1/public/market/achievements/${pending.id}`), 404, 'NOT_FOUND');
  const own = assertOk(await city.clients.baofengUser.get(`/api/v1/market/achievements/${pending.id}`));
  assert.equal(own.contact_phone, CONTACT.contact_phone, 'the owner sees its contact fields');
  assertError(await city.clients.yexianAdmin.get(`/api/v1/market/achievements/${pending.id}`), 404, 'NOT_FOUND');
});

test('the public portal lists and reads published records without login and never shows contact data', async () => {
  const pub = await publish(city.clients.yexianAdmin, city.clients.yexianOfficer, 'demands', demand());
  assert.equal(pub.status, 'published');
  const anon = env.client();
  const one = assertOk(await anon.get(`/api/v1/public/market/demands/${pub.id}`));
  assert.equal(one.title, pub.title);
  assert.equal(one.cooperation_mode_name, '揭榜挂帅');
  assertNoContact(one, 'public detail');
  const list = assertOk(await anon.get('/api/v1/public/market/demands?page_size=200'));
  assert.ok(list.items.some((d) => d.id === pub.id));
  assert.ok(list.items.every((d) => d.status === 'published'));
  for (const d of list.items) assertNoContact(d, 'public list');
  assertError(await anon.get('/api/v1/market/demands'), 401, 'AUTH_REQUIRED');
});

test('search finds a Chinese record by a two-character query, ranks title matches first, returns external_id', async () => {
  const marker = uniqueName('');
  const inTitle = await publish(city.clients.baofengUser, city.clients.baofengOfficer, 'achievements',
    achievement({ title: `高性能储能隔膜${marker}`, abstract: '陶瓷涂覆工艺。' }));
  const inBody = await publish(city.clients.baofengUser, city.clients.baofengOfficer, 'achievements',
    achievement({ title: `陶瓷涂层工艺${marker}`, keywords: '', abstract: '可用于储能设备的涂层。' }));
  const other = await publish(city.clients.baofengUser, city.clients.baofengOfficer, 'achievements',
    achievement({ title: `玉米种植技术${marker}`, keywords: '', abstract: '高产玉米品种的栽培方法。' }));
  const anon = env.client();
  const res = assertOk(await anon.get(`/api/v1/market/search?q=${encodeURIComponent('储能')}&type=achievement&limit=50`));
  const ids = res.items.map((i) => i.id);
  assert.ok(ids.includes(inTitle.id), '储能 does not find the record with it in the title');
  assert.ok(ids.includes(inBody.id), '储能 does not find the record with it in the abstract');
  assert.ok(!ids.includes(other.id), 'an unrelated record matched');
  assert.ok(ids.indexOf(inTitle.id) < ids.indexOf(inBody.id), 'a title match must outrank a body match');
  const hit = res.items.find((i) => i.id === inTitle.id);
  assert.equal(hit.external_id, inTitle.external_id);
  assert.match(hit.title_highlight, /<mark>储能<\/mark>/);
  for (const item of res.items) assertNoContact(item, 'search result');
  const oneChar = assertOk(await anon.get(`/api/v1/market/search?q=${encodeURIComponent('储')}&type=achievement&limit=50`));
  assert.ok(oneChar.items.some((i) => i.id === inTitle.id), 'a one-character query finds the words starting with it');
  const demands = assertOk(await anon.get(`/api/v1/market/search?q=${encodeURIComponent('储能')}&type=demand`));
  assert.ok(!demands.items.some((i) => i.id === inTitle.id), 'type=demand returned an achievement');
  const empty = assertOk(await anon.get(`/api/v1/market/search?q=${encodeURIComponent('，。')}&type=achievement`));
  assert.deepEqual(empty.items, []);
  const quoted = await anon.get(`/api/v1/market/search?q=${encodeURIComponent('"储能" OR NEAR(')}&type=achievement`);
  assert.equal(quoted.status, 200, 'FTS syntax typed by a user must not fail the query');
});

test('a pending record is not searchable until published', async () => {
  const word = `忆阻器${uniqueName('').replace(/\d/g, '')}`;
  const item = assertOk(await city.clients.yexianAdmin.post('/api/v1/market/demands', demand({ title: `${word}测试需求` })), 201);
  const search = async () => assertOk(await env.client().get(`/api/v1/market/search?q=${encodeURIComponent('忆阻器')}&type=demand`)).items.map((i) => i.id);
  assert.ok(!(await search()).includes(item.id));
  assertOk(await city.clients.cityOfficer.post(`/api/v1/market/demands/${item.id}/approve`, {}));
  assert.ok((await search()).includes(item.id), 'an unknown word (not in the dictionary) is found through its bigrams');
});

test('search parameters are validated', async () => {
  const anon = env.client();
  assertError(await anon.get('/api/v1/market/search?q=abc&type=person'), 400, 'FIELD_INVALID', 'type');
  assertError(await anon.get('/api/v1/market/search?q=abc&type=demand&limit=0'), 400, 'FIELD_INVALID', 'limit');
  assertError(await anon.get('/api/v1/market/search?q=abc&type=demand&limit=1000'), 400, 'FIELD_INVALID', 'limit');
});
