// Contact requests and matchmaking records (对接记录): contact details only for approved organisations, each
// request a record 意向 → 洽谈 → 签约/终止 with its history, the owner notified, data scopes, a linked contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs } from './lib/world.mjs';
import { fileContract, listingBody, publishListing } from './lib/market.mjs';

let city;
let university; // an org_user of the university (平顶山市)
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    university = await loginAs(e, await createUser(city.clients.admin, { role: 'org_user', orgId: city.orgs.university.id }));
  },
});
const MM = '/api/v1/market/matchmaking';

async function publishedDemand() {
  return publishListing(city.clients.baofengUser, city.clients.baofengOfficer, 'demands');
}

test('contact details need an approved organisation other than the owner, on a published record', async () => {
  const demand = await publishedDemand();
  const url = `/api/v1/market/demands/${demand.id}/contact`;
  assertError(await env.client().post(url, {}), 401, 'AUTH_REQUIRED');
  assertError(await city.clients.expert.post(url, {}), 403, 'FORBIDDEN');
  assertError(await city.clients.cityOfficer.post(url, {}), 403, 'FORBIDDEN');
  assertError(await city.clients.baofengUser.post(url, {}), 409, 'INVALID_STATE');
  assertError(await university.post(url, { message: 'x'.repeat(501) }), 400, 'FIELD_INVALID', 'message');
  assertError(await university.post(url, { phone: '1' }), 400, 'FIELD_UNKNOWN', 'phone');
  assertError(await university.post(`/api/v1/market/achievements/${demand.id}/contact`, {}), 404, 'NOT_FOUND');
  const pending = assertOk(await city.clients.baofengUser.post('/api/v1/market/demands', listingBody('demands')), 201);
  assertError(await university.post(`/api/v1/market/demands/${pending.id}/contact`, {}), 404, 'NOT_FOUND');
});

test('a contact request returns the contact, opens one record (意向) and notifies the owner once', async () => {
  const demand = await publishedDemand();
  const url = `/api/v1/market/demands/${demand.id}/contact`;
  const first = assertOk(await university.post(url, { message: '我校有相关视觉检测成果' }), 201);
  assert.equal(first.contact_phone, '13800138000');
  assert.equal(first.contact_name, '王联系');
  assert.equal(first.created, true);
  const rec = first.matchmaking;
  assert.equal(rec.status, 'intention');
  assert.equal(rec.status_name, '意向');
  assert.equal(rec.owner.org_id, city.orgs.entBaofeng.id);
  assert.equal(rec.requester.org_id, city.orgs.university.id);
  assert.deepEqual(rec.listing, { id: demand.id, type: 'demand', title: demand.title });
  assert.equal(rec.history.length, 1);
  assert.equal(rec.history[0].to_status, 'intention');
  assert.equal(rec.history[0].note, '我校有相关视觉检测成果');

  const again = assertOk(await university.post(url, {}));
  assert.equal(again.created, false);
  assert.equal(again.matchmaking.id, rec.id, 'an open record is reused, not duplicated');

  const inbox = assertOk(await city.clients.baofengUser.get('/api/v1/notifications?page_size=200'));
  const notices = inbox.items.filter((n) => n.kind === 'market.contact' && n.link === `/market/matchmaking/${rec.id}`);
  assert.equal(notices.length, 1, 'the owner is told once');
  assert.match(notices[0].title, new RegExp(demand.title));
});

test('status follows 意向 → 洽谈 → 签约/终止, only the parties change it, each change is kept', async () => {
  const demand = await publishedDemand();
  const rec = assertOk(await university.post(`/api/v1/market/demands/${demand.id}/contact`, {}), 201).matchmaking;
  const statusUrl = `${MM}/${rec.id}/status`;
  assertError(await university.post(statusUrl, { status: 'signed' }), 409, 'INVALID_STATE');
  assertError(await university.post(statusUrl, { status: 'intention' }), 400, 'FIELD_INVALID', 'status');
  assertError(await university.post(statusUrl, { status: 'done' }), 400, 'FIELD_INVALID', 'status');
  assertError(await university.post(statusUrl, {}), 400, 'FIELD_MISSING', 'status');
  assertError(await city.clients.yexianAdmin.post(statusUrl, { status: 'negotiating' }), 404, 'NOT_FOUND');
  assertError(await city.clients.baofengOfficer.post(statusUrl, { status: 'negotiating' }), 403, 'FORBIDDEN');

  const talking = assertOk(await university.post(statusUrl, { status: 'negotiating', note: '约定下周面谈' }));
  assert.equal(talking.status, 'negotiating');
  const signed = assertOk(await city.clients.baofengUser.post(statusUrl, { status: 'signed', note: '双方签约' }));
  assert.equal(signed.status_name, '签约');
  assert.deepEqual(signed.history.map((h) => [h.from_status, h.to_status]),
    [[null, 'intention'], ['intention', 'negotiating'], ['negotiating', 'signed']]);
  assert.equal(signed.history[2].note, '双方签约');
  assert.ok(signed.history.every((h) => h.user_name && h.at));
  assertError(await university.post(statusUrl, { status: 'terminated' }), 409, 'INVALID_STATE');
  const audit = assertOk(await city.clients.admin.get('/api/v1/audit?page_size=200')).items
    .filter((e) => e.target_type === 'market_matchmaking' && e.target_id === String(rec.id));
  assert.deepEqual(audit.map((e) => [e.action, e.result]).reverse(), [['market.demands.contact', 'ok'],
    ['market.matchmaking.status', 'ok'], ['market.matchmaking.status', 'ok']], 'each change is audited');

  // Once the record is final, a new request opens a new one.
  const next = assertOk(await university.post(`/api/v1/market/demands/${demand.id}/contact`, {}), 201);
  assert.notEqual(next.matchmaking.id, rec.id);
  const ended = assertOk(await university.post(`${MM}/${next.matchmaking.id}/status`, { status: 'terminated' }));
  assert.equal(ended.status, 'terminated');
});

test('records are scoped: the parties, and bureau staff over either party', async () => {
  const achievement = await publishListing(city.clients.yexianAdmin, city.clients.yexianOfficer, 'achievements', { region_code: '410422' });
  const rec = assertOk(await university.post(`/api/v1/market/achievements/${achievement.id}/contact`, {}), 201).matchmaking;
  const sees = async (client, query = '') => {
    const list = assertOk(await client.get(`${MM}?page_size=200${query}`));
    return list.items.some((r) => r.id === rec.id);
  };
  assert.equal(await sees(university), true);
  assert.equal(await sees(university, '&role=requester'), true);
  assert.equal(await sees(university, '&role=owner'), false);
  assert.equal(await sees(city.clients.yexianAdmin, '&role=owner&status=intention'), true);
  assert.equal(await sees(city.clients.yexianAdmin, '&status=signed'), false);
  assert.equal(await sees(city.clients.yexianOfficer), true);
  assert.equal(await sees(city.clients.cityOfficer), true);
  assert.equal(await sees(city.clients.baofengOfficer), false);
  assert.equal(await sees(city.clients.baofengUser), false);
  assertError(await city.clients.baofengUser.get(`${MM}/${rec.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.baofengOfficer.get(`${MM}/${rec.id}`), 404, 'NOT_FOUND');
  assert.equal(assertOk(await city.clients.yexianOfficer.get(`${MM}/${rec.id}`)).history.length, 1);
  assertError(await university.get(`${MM}?status=open`), 400, 'FIELD_INVALID', 'status');
  assertError(await university.get(`${MM}?role=judge`), 400, 'FIELD_INVALID', 'role');
});

test('a signed record links the technology contract one of the parties filed', async () => {
  const demand = await publishedDemand();
  const rec = assertOk(await university.post(`/api/v1/market/demands/${demand.id}/contact`, {}), 201).matchmaking;
  const contract = await fileContract(university, { buyerRegion: '410421' });
  const outsider = await fileContract(city.clients.yexianAdmin);
  const linkUrl = `${MM}/${rec.id}/contract`;
  assertError(await university.post(linkUrl, { contract_id: contract.id }), 409, 'INVALID_STATE');
  assertOk(await university.post(`${MM}/${rec.id}/status`, { status: 'negotiating' }));
  assertOk(await university.post(`${MM}/${rec.id}/status`, { status: 'signed' }));
  assertError(await university.post(linkUrl, { contract_id: outsider.id }), 400, 'FIELD_INVALID', 'contract_id');
  assertError(await city.clients.yexianAdmin.post(linkUrl, { contract_id: outsider.id }), 404, 'NOT_FOUND');
  assertError(await university.post(linkUrl, { contract_id: 'x' }), 400, 'FIELD_INVALID', 'contract_id');
  const linked = assertOk(await university.post(linkUrl, { contract_id: contract.id }));
  assert.equal(linked.contract_id, contract.id);
  assert.equal(assertOk(await city.clients.baofengUser.get(`${MM}/${rec.id}`)).contract_id, contract.id);
});
