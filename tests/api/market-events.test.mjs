// Matchmaking events (对接活动): bureau staff create, invite (owners notified), organisations register, outcomes
// (signed intentions) after the event, close or cancel; lists scoped by region; quarterly statistics in Beijing time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createOrg, createUser, loginAs, BAOFENG, CITY, YEXIAN } from './lib/world.mjs';
import { listingBody, publishListing } from './lib/market.mjs';

let city;
let university;
let universityAccount;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    universityAccount = await createUser(city.clients.admin, { role: 'org_user', orgId: city.orgs.university.id });
    university = await loginAs(e, universityAccount);
  },
});

// Moving the clock past an event's start also ends every session: log everyone in again.
async function advanceDaysAndLogInAgain(days) {
  await env.advanceClock(days * 86_400);
  serverDaysAhead += days;
  city.clients.admin = await env.admin();
  for (const [key, account] of Object.entries(city.accounts)) city.clients[key] = await loginAs(env, account);
  university = await loginAs(env, universityAccount);
}
const EV = '/api/v1/market/events';
const DAY = 86_400;
let heldEventYear; // the Beijing year of the event whose outcome is recorded below
let serverDaysAhead = 0; // how far the server's test clock is ahead of this process's

function eventBody(overrides = {}) {
  const starts = new Date(Date.now() + (serverDaysAhead + 2) * DAY * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  return { title: '新材料产业技术对接会', starts_at: starts, place: '宝丰县科技大厦三楼', description: '供需对接', ...overrides };
}

const listed = async (client, id, query = '') =>
  assertOk(await client.get(`${EV}?page_size=200${query}`)).items.some((e) => e.id === id);

test('creating an event is validated and limited to bureau staff in their jurisdiction', async () => {
  const officer = city.clients.baofengOfficer;
  assertError(await officer.post(EV, eventBody({ title: '' })), 400, 'FIELD_MISSING', 'title');
  assertError(await officer.post(EV, eventBody({ starts_at: '2026-12-01T09:00:00' })), 400, 'FIELD_INVALID', 'starts_at');
  assertError(await officer.post(EV, eventBody({ starts_at: '明天' })), 400, 'FIELD_INVALID', 'starts_at');
  assertError(await officer.post(EV, eventBody({ place: undefined })), 400, 'FIELD_MISSING', 'place');
  assertError(await officer.post(EV, eventBody({ region_code: YEXIAN.code })), 400, 'FIELD_INVALID', 'region_code');
  assertError(await officer.post(EV, eventBody({ region_code: '000000' })), 400, 'REGION_CODE_INVALID', 'region_code');
  assertError(await city.clients.baofengUser.post(EV, eventBody()), 403, 'FORBIDDEN');
  const online = assertOk(await officer.post(EV, eventBody({ place: undefined, online: true, online_url: 'https://meeting.example/1' })), 201);
  assert.equal(online.online, true);
  assert.equal(online.region_code, BAOFENG.code, 'the region defaults to the bureau\'s');
  assert.equal(online.status, 'planned');
  const cityEvent = assertOk(await city.clients.cityOfficer.post(EV, eventBody({ region_code: BAOFENG.code })), 201);
  assert.equal(cityEvent.region_code, BAOFENG.code, 'a city officer may hold an event in one of its counties');
});

test('events are scoped by region: a county bureau its own and the city\'s, organisations all of their city', async () => {
  const county = assertOk(await city.clients.baofengOfficer.post(EV, eventBody()), 201);
  const cityWide = assertOk(await city.clients.cityOfficer.post(EV, eventBody({ place: '平顶山市会展中心' })), 201);
  assert.equal(cityWide.region_code, CITY.code);
  assert.equal(await listed(city.clients.baofengUser, county.id), true);
  assert.equal(await listed(city.clients.cityOfficer, county.id), true);
  assert.equal(await listed(city.clients.yexianAdmin, county.id), true, 'an enterprise may join any event in its city');
  assert.equal(await listed(university, county.id), true);
  assert.equal(await listed(city.clients.yexianOfficer, county.id), false);
  assertError(await city.clients.yexianOfficer.get(`${EV}/${county.id}`), 404, 'NOT_FOUND');
  assert.equal(await listed(city.clients.yexianAdmin, cityWide.id), true);
  assert.equal(await listed(city.clients.yexianOfficer, cityWide.id), true);
  // Seeing a city event does not make a county officer its organiser.
  const seen = assertOk(await city.clients.yexianOfficer.get(`${EV}/${cityWide.id}`));
  assert.equal(seen.can_manage, false);
  assertError(await city.clients.yexianOfficer.post(`${EV}/${cityWide.id}/cancel`, { reason: '改期' }), 403, 'FORBIDDEN');
  assertError(await city.clients.baofengUser.get(`${EV}?status=soon`), 400, 'FIELD_INVALID', 'status');
});

test('invite, register before; outcomes after; then close — each step only in its state', async () => {
  let officer = city.clients.baofengOfficer;
  const demand = await publishListing(city.clients.baofengUser, officer, 'demands');
  const achievement = await publishListing(university, city.clients.cityOfficer, 'achievements', { region_code: CITY.code });
  const pending = assertOk(await city.clients.baofengUser.post('/api/v1/market/demands', listingBody('demands')), 201);
  const ev = assertOk(await officer.post(EV, eventBody()), 201);
  heldEventYear = new Date(Date.parse(ev.starts_at) + 8 * 3600e3).getUTCFullYear();
  const url = `${EV}/${ev.id}`;

  assertError(await officer.post(`${url}/invite`, { listing_ids: [pending.id] }), 400, 'FIELD_INVALID', 'listing_ids');
  assertError(await officer.post(`${url}/invite`, { listing_ids: [] }), 400, 'FIELD_INVALID', 'listing_ids');
  assertError(await city.clients.baofengUser.post(`${url}/invite`, { listing_ids: [demand.id] }), 403, 'FORBIDDEN');
  const invited = assertOk(await officer.post(`${url}/invite`, { listing_ids: [demand.id, achievement.id] }));
  assert.deepEqual(invited.invitations.map((i) => i.listing_id).sort(), [demand.id, achievement.id].sort());
  assertOk(await officer.post(`${url}/invite`, { listing_ids: [demand.id] }));
  const inbox = assertOk(await university.get('/api/v1/notifications?page_size=200'));
  assert.equal(inbox.items.filter((n) => n.kind === 'market.event.invitation' && n.link === `/market/events/${ev.id}`).length, 1,
    'the achievement\'s owner is invited once');

  assertError(await university.post(`${url}/register`, { listing_id: demand.id }), 400, 'FIELD_INVALID', 'listing_id');
  assertError(await officer.post(`${url}/register`, {}), 403, 'FORBIDDEN');
  const reg = assertOk(await university.post(`${url}/register`, { listing_id: achievement.id }), 201);
  assert.deepEqual(reg.registrations.map((r) => [r.org_id, r.listing_id]), [[city.orgs.university.id, achievement.id]]);
  assertError(await university.post(`${url}/register`, {}), 409, 'CONFLICT');
  assertOk(await city.clients.baofengUser.post(`${url}/register`, {}), 201);
  assert.equal(assertOk(await university.get(url)).registrations.length, 1, 'an organisation sees only its own registration');
  assert.equal(assertOk(await officer.get(url)).registrations.length, 2);

  const outcome = { party_a_org_id: city.orgs.entBaofeng.id, party_b_org_id: city.orgs.university.id, demand_id: demand.id,
    achievement_id: achievement.id, intended_amount_fen: 300_000_00, note: '视觉检测技术开发' };
  assertError(await officer.post(`${url}/outcomes`, outcome), 409, 'INVALID_STATE');
  assertError(await officer.post(`${url}/close`, {}), 409, 'INVALID_STATE');

  await advanceDaysAndLogInAgain(3);
  officer = city.clients.baofengOfficer;
  const held = assertOk(await officer.get(url));
  assert.equal(held.status, 'held');
  const late = await createOrg(city.clients.admin, { region: BAOFENG.code });
  const lateUser = await loginAs(env, await createUser(city.clients.admin, { role: 'org_user', orgId: late.id }));
  assertError(await lateUser.post(`${url}/register`, {}), 409, 'INVALID_STATE');
  assertError(await officer.post(`${url}/cancel`, { reason: '改期' }), 409, 'INVALID_STATE');
  assertError(await officer.post(`${url}/outcomes`, { ...outcome, party_b_org_id: outcome.party_a_org_id }), 400, 'FIELD_INVALID', 'party_b_org_id');
  assertError(await officer.post(`${url}/outcomes`, { ...outcome, intended_amount_fen: -1 }), 400, 'FIELD_INVALID', 'intended_amount_fen');
  assertError(await officer.post(`${url}/outcomes`, { ...outcome, demand_id: achievement.id }), 400, 'FIELD_INVALID', 'demand_id');
  assertError(await officer.post(`${url}/outcomes`, { ...outcome, party_a_org_id: 999999 }), 400, 'FIELD_INVALID', 'party_a_org_id');
  const recorded = assertOk(await officer.post(`${url}/outcomes`, outcome), 201);
  assert.equal(recorded.outcomes.length, 1);
  assert.equal(recorded.outcomes[0].intended_amount_fen, 300_000_00);
  assert.deepEqual(recorded.outcomes[0].parties.map((p) => p.org_id), [city.orgs.entBaofeng.id, city.orgs.university.id]);
  assert.equal(assertOk(await city.clients.yexianAdmin.get(`${EV}/${ev.id}`)).outcomes.length, 0, 'outcomes only for their parties');
  assert.equal(assertOk(await university.get(`${EV}/${ev.id}`)).outcomes.length, 1);

  const closed = assertOk(await officer.post(`${url}/close`, {}));
  assert.equal(closed.status, 'closed');
  assertError(await officer.post(`${url}/outcomes`, outcome), 409, 'INVALID_STATE');
  assert.equal(await listed(officer, ev.id, '&status=closed'), true);
  assert.equal(await listed(officer, ev.id, '&status=held'), false);
});

test('a planned event is cancelled with a reason and counts nowhere', async () => {
  const officer = city.clients.yexianOfficer;
  const ev = assertOk(await officer.post(EV, eventBody({ place: '叶县会议中心' })), 201);
  assertError(await officer.post(`${EV}/${ev.id}/cancel`, {}), 400, 'FIELD_MISSING', 'reason');
  const cancelled = assertOk(await officer.post(`${EV}/${ev.id}/cancel`, { reason: '场地冲突' }));
  assert.equal(cancelled.status, 'cancelled');
  assert.equal(cancelled.cancel_reason, '场地冲突');
  assertError(await university.post(`${EV}/${ev.id}/register`, {}), 409, 'INVALID_STATE');
});

test('quarterly statistics count held events by Beijing quarter within the caller\'s region, exportable', async () => {
  const officer = city.clients.yexianOfficer;
  const year = 2026;
  const stats = async (client) => assertOk(await client.get(`${EV}/stats?year=${year}`));
  const quarterOf = (s, region, q) => s.items.find((i) => i.region_code === region)?.quarters[q - 1]
    ?? { events_held: 0, registrations: 0, signed_intentions: 0, intended_amount_fen: 0 };
  const before = await stats(officer);
  // 23:30 on 31 March in Beijing is Q1; 00:30 on 1 April in Beijing (16:30 UTC on 31 March) is Q2.
  assertOk(await officer.post(EV, eventBody({ starts_at: `${year}-03-31T23:30:00+08:00`, place: '叶县' })), 201);
  assertOk(await officer.post(EV, eventBody({ starts_at: `${year}-03-31T16:30:00Z`, place: '叶县' })), 201);
  assertOk(await officer.post(EV, eventBody({ starts_at: `${year}-03-31T15:30:00Z`, place: '叶县' })), 201);
  const cancelled = assertOk(await officer.post(EV, eventBody({ starts_at: `${year + 5}-01-01T09:00:00+08:00`, place: '叶县' })), 201);
  assertOk(await officer.post(`${EV}/${cancelled.id}/cancel`, { reason: '取消' }));
  const after = await stats(officer);
  assert.equal(quarterOf(after, YEXIAN.code, 1).events_held - quarterOf(before, YEXIAN.code, 1).events_held, 2);
  assert.equal(quarterOf(after, YEXIAN.code, 2).events_held - quarterOf(before, YEXIAN.code, 2).events_held, 1);
  assert.equal(after.totals.quarters[0].events_held - before.totals.quarters[0].events_held, 2);
  assert.equal(after.items.some((i) => i.region_code === BAOFENG.code), false, 'a county sees its own region only');

  const cityStats = assertOk(await city.clients.cityOfficer.get(`${EV}/stats?year=${heldEventYear}`));
  const baofengHeld = cityStats.items.find((i) => i.region_code === BAOFENG.code);
  assert.ok(baofengHeld, 'the city sees its counties');
  const figures = baofengHeld.quarters.reduce((s, q) => ({ r: s.r + q.registrations, o: s.o + q.signed_intentions,
    a: s.a + q.intended_amount_fen }), { r: 0, o: 0, a: 0 });
  assert.deepEqual(figures, { r: 2, o: 1, a: 300_000_00 }, 'registrations and signed intentions of the held event');

  assertError(await city.clients.baofengUser.get(`${EV}/stats?year=${year}`), 403, 'FORBIDDEN');
  assertError(await officer.get(`${EV}/stats?year=1800`), 400, 'FIELD_INVALID', 'year');
  const xlsx = await officer.get(`${EV}/stats/export?year=${year}`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
});
