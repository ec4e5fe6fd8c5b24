// Matching (issue 4): similar records with their reasons, the stored matches, and the in-site notifications sent
// once when a demand or achievement is published — to both sides, only for related records, never a contact field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createUser, loginAs, CITY, YEXIAN, BAOFENG, INDUSTRY_SOFTWARE } from './lib/world.mjs';

let city;
let universityUser;
const env = useServer({
  setup: async (e) => {
    city = await buildCity(e);
    universityUser = await loginAs(e, await createUser(city.clients.admin, { role: 'org_user', orgId: city.orgs.university.id }));
  },
});
const CONTACT = { contact_name: '赵联系', contact_phone: '13900139000' };

const visionDemand = {
  title: '帘子布表面缺陷机器视觉在线检测', description: '帘子布生产线需要机器视觉在线检测表面缺陷，识别断经、跳纱和污渍。',
  keywords: '机器视觉 缺陷检测 帘子布', hightech_field_code: '10101', industry_code: INDUSTRY_SOFTWARE, region_code: YEXIAN.code,
  cooperation_mode: 'entrusted_dev', ...CONTACT,
};
const visionAchievement = {
  title: '基于深度学习的帘子布缺陷机器视觉检测系统', abstract: '面向帘子布生产线的机器视觉缺陷检测系统，在线识别断经、跳纱等表面缺陷。',
  keywords: '机器视觉 缺陷检测 深度学习', hightech_field_code: '10101', industry_code: INDUSTRY_SOFTWARE, region_code: CITY.code,
  transfer_mode: 'license', maturity: 'pilot', ...CONTACT,
};
const irrigationAchievement = {
  title: '小麦节水灌溉栽培模式', abstract: '黄淮冬小麦的节水灌溉与水肥一体化栽培模式，亩产提高一成。',
  keywords: '小麦 节水灌溉 水肥一体化', hightech_field_code: '70105', region_code: BAOFENG.code,
  transfer_mode: 'transfer', maturity: 'industrial', ...CONTACT,
};

async function publish(submitter, reviewer, kind, body) {
  const item = assertOk(await submitter.post(`/api/v1/market/${kind}`, body), 201);
  return assertOk(await reviewer.post(`/api/v1/market/${kind}/${item.id}/approve`, {}));
}

async function matchNotices(client) {
  const inbox = assertOk(await client.get('/api/v1/notifications?page_size=200'));
  return inbox.items.filter((n) => n.kind === 'market.match');
}

function assertNoContact(obj, where) {
  const text = JSON.stringify(obj);
  assert.ok(!text.includes(CONTACT.contact_phone) && !text.includes(CONTACT.contact_name), `${where} leaks contact data`);
  assert.ok(!text.includes('contact_'), `${where} has a contact field`);
}

let demand;
let achievement;
let unrelated;

test('publishing a matching achievement notifies the demand owner, and the achievement owner, once', async () => {
  demand = await publish(city.clients.yexianAdmin, city.clients.yexianOfficer, 'demands', visionDemand);
  assert.equal((await matchNotices(city.clients.yexianAdmin)).length, 0, 'no counterpart yet, no notice');

  achievement = await publish(universityUser, city.clients.cityOfficer, 'achievements', visionAchievement);
  const toDemandOwner = await matchNotices(city.clients.yexianAdmin);
  assert.equal(toDemandOwner.length, 1);
  assert.equal(toDemandOwner[0].link, `/market/achievements/${achievement.id}`);
  assert.match(toDemandOwner[0].title, /帘子布表面缺陷机器视觉在线检测/);
  assert.match(toDemandOwner[0].detail, /共同关键词：帘子布、缺陷、视觉/);
  const toAchievementOwner = await matchNotices(universityUser);
  assert.equal(toAchievementOwner.length, 1);
  assert.equal(toAchievementOwner[0].link, `/market/demands/${demand.id}`);
  assertNoContact(toDemandOwner, 'notification');

  unrelated = await publish(city.clients.baofengUser, city.clients.baofengOfficer, 'achievements', irrigationAchievement);
  assert.equal((await matchNotices(city.clients.yexianAdmin)).length, 1, 'an unrelated achievement sends no notice');
  assert.equal((await matchNotices(city.clients.baofengUser)).length, 0);
});

test('the stored matches list the pair from both sides, for the owner and the bureau in scope only', async () => {
  const fromDemand = assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/matches?record_type=demand&record_id=${demand.id}`));
  assert.equal(fromDemand.total, 1);
  assert.equal(fromDemand.items[0].counterpart.id, achievement.id);
  assert.ok(fromDemand.items[0].score >= 3, `score ${fromDemand.items[0].score}`);
  assert.deepEqual(fromDemand.items[0].reasons.map((r) => r.kind).slice(0, 2), ['shared_terms', 'same_field']);
  assertNoContact(fromDemand, 'matches');
  const fromAchievement = assertOk(await universityUser.get(`/api/v1/market/matches?record_type=achievement&record_id=${achievement.id}`));
  assert.equal(fromAchievement.items[0].counterpart.id, demand.id);
  assert.equal(fromAchievement.items[0].score, fromDemand.items[0].score);
  const none = assertOk(await city.clients.baofengUser.get(`/api/v1/market/matches?record_type=achievement&record_id=${unrelated.id}`));
  assert.equal(none.total, 0);
  assertOk(await city.clients.yexianOfficer.get(`/api/v1/market/matches?record_type=demand&record_id=${demand.id}`));
  assertError(await city.clients.baofengUser.get(`/api/v1/market/matches?record_type=demand&record_id=${demand.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.baofengOfficer.get(`/api/v1/market/matches?record_type=demand&record_id=${demand.id}`), 404, 'NOT_FOUND');
  assertError(await city.clients.yexianAdmin.get('/api/v1/market/matches?record_type=order&record_id=1'), 400, 'FIELD_INVALID', 'record_type');
  assertError(await city.clients.yexianAdmin.get('/api/v1/market/matches?record_type=demand'), 400, 'FIELD_MISSING', 'record_id');
});

test('similar records of a demand: the matching achievement first with its reasons, and the institution', async () => {
  const res = assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${demand.id}/similar`));
  assert.equal(res.listings[0].id, achievement.id);
  const kinds = res.listings[0].reasons.map((r) => r.kind);
  assert.deepEqual(kinds, ['shared_terms', 'same_field', 'same_industry', 'same_city']);
  const shared = res.listings[0].reasons[0];
  assert.deepEqual(shared.terms.slice(0, 3), ['帘子布', '缺陷', '视觉']);
  assert.equal(res.listings[0].reasons[3].label, '同一城市：河南省平顶山市');
  const unrelatedItem = res.listings.find((l) => l.id === unrelated.id);
  assert.ok(!unrelatedItem || unrelatedItem.score < res.listings[0].score);
  assert.equal(res.orgs[0].id, city.orgs.university.id);
  assert.equal(res.orgs[0].kind, 'university');
  assert.ok(res.orgs.every((o) => o.kind === 'university' || o.kind === 'institute'), 'a demand is matched with institutions');
  assertNoContact(res, 'similar');
});

test('similar records of an achievement: the demand and enterprises of the same industry', async () => {
  const res = assertOk(await universityUser.get(`/api/v1/market/achievements/${achievement.id}/similar?limit=5`));
  assert.equal(res.listings[0].id, demand.id);
  const orgIds = res.orgs.map((o) => o.id);
  assert.equal(orgIds[0], city.orgs.entYexian.id, 'the enterprise with the matching demand ranks first');
  assert.ok(orgIds.includes(city.orgs.entBaofeng.id), 'an enterprise of the same industry in the city is proposed');
  assert.ok(res.orgs.every((o) => o.kind === 'enterprise'));
  assert.ok(res.orgs.find((o) => o.id === city.orgs.entBaofeng.id).reasons.some((r) => r.kind === 'same_industry'));
  assertNoContact(res, 'similar');
  const again = assertOk(await universityUser.get(`/api/v1/market/achievements/${achievement.id}/similar?limit=5`));
  assert.deepEqual(again, res, 'the ranking is deterministic');
});

test('who may see similar records, and bad input', async () => {
  const pending = assertOk(await city.clients.yexianAdmin.post('/api/v1/market/demands', visionDemand), 201);
  assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${pending.id}/similar`), 200);
  assertOk(await city.clients.yexianOfficer.get(`/api/v1/market/demands/${pending.id}/similar`), 200);
  assertError(await city.clients.baofengUser.get(`/api/v1/market/demands/${pending.id}/similar`), 404, 'NOT_FOUND');
  assertOk(await city.clients.baofengUser.get(`/api/v1/market/demands/${demand.id}/similar`), 200);
  assertError(await env.client().get(`/api/v1/market/demands/${demand.id}/similar`), 401, 'AUTH_REQUIRED');
  assertError(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${demand.id}/similar?limit=0`), 400, 'FIELD_INVALID', 'limit');
  assertError(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${demand.id}/similar?limit=51`), 400, 'FIELD_INVALID', 'limit');
  assertError(await city.clients.yexianAdmin.get(`/api/v1/market/achievements/${demand.id}/similar`), 404, 'NOT_FOUND');
});

test('similar records of a demand include the experts whose work matches, with reasons and no contact', async () => {
  const officer = city.clients.cityOfficer;
  const expertBody = (overrides) => ({
    professional_title: '教授', org_name: '平顶山学院', hightech_field_codes: ['10101'], industry_codes: [INDUSTRY_SOFTWARE],
    region_code: CITY.code, ...CONTACT, ...overrides,
  });
  const publishExpert = async (body) => {
    const created = assertOk(await officer.post('/api/v1/market/experts', expertBody(body)), 201);
    return assertOk(await officer.post(`/api/v1/market/experts/${created.id}/approve`, {}));
  };
  const vision = await publishExpert({ name: '王视觉', keywords: '机器视觉 缺陷检测',
    research_summary: '长期从事机器视觉与表面缺陷在线检测研究，完成多条帘子布生产线的视觉检测改造。' });
  const wheat = await publishExpert({ name: '李农学', keywords: '小麦 节水灌溉', hightech_field_codes: ['70105'], industry_codes: [],
    research_summary: '从事冬小麦节水灌溉与水肥一体化栽培研究。' });
  const res = assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${demand.id}/similar`));
  assert.equal(res.experts[0].id, vision.id);
  assert.equal(res.experts[0].name, '王视觉');
  const kinds = res.experts[0].reasons.map((r) => r.kind);
  assert.ok(kinds.includes('shared_terms') && kinds.includes('same_field'), JSON.stringify(kinds));
  const other = res.experts.find((e) => e.id === wheat.id);
  assert.ok(!other || other.score < res.experts[0].score);
  assertNoContact(res, 'similar experts');
  const forAchievement = assertOk(await universityUser.get(`/api/v1/market/achievements/${achievement.id}/similar`));
  assert.deepEqual(forAchievement.experts, [], 'experts are proposed for demands');
});
