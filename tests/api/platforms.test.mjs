// Innovation platforms in the registry (创新平台): bureau staff record them against a host organisation in
// their jurisdiction, organisations read their own, a revocation ends them; the `platforms` live indicator
// counts them for ledger targets (issue 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createOrg, orgBody, strongPassword, uniqueName, BAOFENG, YEXIAN } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); }, serveArgs: ['--ledger-warnings-hour', 'off'] });

const YEAR = new Date().getUTCFullYear();
const PLATFORMS = '/api/v1/platforms';

function platformBody(hostOrgId, overrides = {}) {
  return {
    name: '宝丰县新材料工程技术研究中心',
    type: 'eng_research_center',
    level: 'municipal',
    host_org_id: hostOrgId,
    recognised_on: `${YEAR}-03-15`,
    document_no: `平科[${YEAR}]12号`,
    contact_name: '王工',
    contact_phone: '0375-1234567',
    ...overrides,
  };
}

async function createPlatform(client, hostOrgId, overrides) {
  return assertOk(await client.post(PLATFORMS, platformBody(hostOrgId, overrides)), 201);
}

test('a county officer records a platform hosted in the county; the record carries names and the host\'s region', async () => {
  const { baofengOfficer } = city.clients;
  const p = await createPlatform(baofengOfficer, city.orgs.entBaofeng.id, { field_code: '101' });
  assert.equal(p.type_name, '工程技术研究中心');
  assert.equal(p.level_name, '市级');
  assert.equal(p.status, 'recognised');
  assert.equal(p.region_code, BAOFENG.code);
  assert.equal(p.host_org_name, city.orgs.entBaofeng.name);
  assert.equal(p.document_no, `平科〔${YEAR}〕12号`, 'the brackets officers type are normalised');
  assert.equal(p.field_code, '101');
  assert.ok(p.field_name.length > 0);
  assert.deepEqual(assertOk(await baofengOfficer.get(`${PLATFORMS}/${p.id}`)), p);
});

test('bad input is a 400 naming the field', async () => {
  const c = city.clients.baofengOfficer;
  const host = city.orgs.entBaofeng.id;
  const cases = [
    [{ name: '' }, 'FIELD_MISSING', 'name'],
    [{ type: 'lab' }, 'FIELD_INVALID', 'type'],
    [{ level: 'county' }, 'FIELD_INVALID', 'level'],
    [{ host_org_id: undefined }, 'FIELD_MISSING', 'host_org_id'],
    [{ host_org_id: 'x' }, 'FIELD_INVALID', 'host_org_id'],
    [{ host_org_id: 999999 }, 'FIELD_INVALID', 'host_org_id'],
    [{ recognised_on: `${YEAR - 1}-02-30` }, 'FIELD_INVALID', 'recognised_on'],
    [{ recognised_on: undefined }, 'FIELD_MISSING', 'recognised_on'],
    [{ document_no: '第12号文件' }, 'FIELD_INVALID', 'document_no'],
    [{ document_no: '' }, 'FIELD_MISSING', 'document_no'],
    [{ status: 'revoked' }, 'FIELD_INVALID', 'status'],
    [{ field_code: '999' }, 'FIELD_INVALID', 'field_code'],
    [{ color: 'red' }, 'FIELD_UNKNOWN', 'color'],
  ];
  for (const [override, code, field] of cases) {
    const res = await c.post(PLATFORMS, platformBody(host, override));
    assertError(res, 400, code, field);
    assert.match(res.json.error.message, /[\u4e00-\u9fff]/, `${field}: message not in Chinese`);
  }
  // Under review: no date or document number yet.
  const pending = await createPlatform(c, host, { status: 'under_review', recognised_on: undefined, document_no: undefined });
  assert.equal(pending.recognised_on, null);
  assertError(await c.get(`${PLATFORMS}?type=lab`), 400, 'FIELD_INVALID', 'type');
  assertError(await c.get(`${PLATFORMS}?region_code=999999`), 400, 'REGION_CODE_INVALID', 'region_code');
});

test('scopes: another county\'s platform is 404, organisations see only what they host and cannot write', async () => {
  const { baofengOfficer, yexianOfficer, cityOfficer, baofengUser, yexianAdmin, expert } = city.clients;
  const inYexian = await createPlatform(yexianOfficer, city.orgs.entYexian.id, { name: '叶县盐化工院士工作站', type: 'academician_workstation' });
  assertError(await baofengOfficer.get(`${PLATFORMS}/${inYexian.id}`), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.patch(`${PLATFORMS}/${inYexian.id}`, { name: '改名' }), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.post(`${PLATFORMS}/${inYexian.id}/revoke`, { revoked_on: `${YEAR}-06-01`, reason: '越权' }), 404, 'NOT_FOUND');
  // A county officer cannot host a platform on another county's organisation.
  assertError(await baofengOfficer.post(PLATFORMS, platformBody(city.orgs.entYexian.id)), 400, 'FIELD_INVALID', 'host_org_id');
  assertOk(await cityOfficer.get(`${PLATFORMS}/${inYexian.id}`));
  assertOk(await yexianAdmin.get(`${PLATFORMS}/${inYexian.id}`));
  assertError(await baofengUser.get(`${PLATFORMS}/${inYexian.id}`), 404, 'NOT_FOUND');
  assertError(await yexianAdmin.post(PLATFORMS, platformBody(city.orgs.entYexian.id)), 403, 'FORBIDDEN');
  assertError(await yexianAdmin.patch(`${PLATFORMS}/${inYexian.id}`, { name: '改名' }), 403, 'FORBIDDEN');
  assertError(await expert.get(PLATFORMS), 403, 'FORBIDDEN');

  const listed = async (client, query = '') => assertOk(await client.get(`${PLATFORMS}?page_size=200${query}`)).items;
  const baofengIds = (await listed(baofengOfficer)).map((p) => p.id);
  assert.ok(!baofengIds.includes(inYexian.id));
  assert.ok(baofengIds.length > 0);
  const ownHosted = await listed(baofengUser);
  assert.ok(ownHosted.every((p) => p.host_org_id === city.orgs.entBaofeng.id));
  assert.ok(ownHosted.length > 0);
  const cityByRegion = await listed(cityOfficer, `&region_code=${YEXIAN.code}`);
  assert.ok(cityByRegion.every((p) => p.region_code === YEXIAN.code) && cityByRegion.some((p) => p.id === inYexian.id));
  const byType = await listed(cityOfficer, '&type=academician_workstation&q=盐化工');
  assert.deepEqual(byType.map((p) => p.id), [inYexian.id]);
  assert.deepEqual(await listed(cityOfficer, '&q=%25'), [], 'a % in q is a literal character, not a wildcard');
});

test('an edit follows the same rules; a pending host is refused; a revoked platform cannot be edited or revoked again', async () => {
  const { baofengOfficer } = city.clients;
  const p = await createPlatform(baofengOfficer, city.orgs.entBaofeng.id, { name: '宝丰县众创空间', type: 'maker_space', level: 'provincial' });
  const edited = assertOk(await baofengOfficer.patch(`${PLATFORMS}/${p.id}`, { level: 'national', contact_name: '李主任' }));
  assert.equal(edited.level_name, '国家级');
  assert.equal(edited.contact_name, '李主任');
  assert.equal(edited.name, p.name, 'fields not sent are kept');
  assertError(await baofengOfficer.patch(`${PLATFORMS}/${p.id}`, { document_no: '' }), 400, 'FIELD_MISSING', 'document_no');

  assertError(await baofengOfficer.post(`${PLATFORMS}/${p.id}/revoke`, { revoked_on: `${YEAR}-03-14`, reason: '评估不合格' }),
    400, 'FIELD_INVALID', 'revoked_on');
  assertError(await baofengOfficer.post(`${PLATFORMS}/${p.id}/revoke`, { revoked_on: `${YEAR}-06-01` }), 400, 'FIELD_MISSING', 'reason');
  const revoked = assertOk(await baofengOfficer.post(`${PLATFORMS}/${p.id}/revoke`, { revoked_on: `${YEAR}-06-01`, reason: '绩效评估不合格' }));
  assert.equal(revoked.status, 'revoked');
  assert.equal(revoked.revoked_on, `${YEAR}-06-01`);
  assert.equal(revoked.revoke_reason, '绩效评估不合格');
  assertError(await baofengOfficer.post(`${PLATFORMS}/${p.id}/revoke`, { revoked_on: `${YEAR}-07-01`, reason: '再次' }), 409, 'INVALID_STATE');
  assertError(await baofengOfficer.patch(`${PLATFORMS}/${p.id}`, { name: '改名' }), 409, 'INVALID_STATE');

  // A self-registered organisation waits for review: it cannot host a platform yet.
  const registration = { org: orgBody({ region: BAOFENG.code }),
    user: { username: uniqueName('reg'), password: strongPassword(), display_name: '注册用户' } };
  const { org_id: pendingOrgId } = assertOk(await env.client().post('/api/v1/auth/register', registration), 201);
  assertError(await baofengOfficer.post(PLATFORMS, platformBody(pendingOrgId)), 400, 'FIELD_INVALID', 'host_org_id');
});

/** A confirmed target of a fresh document bound to `metric`, as the ledger shows it. */
async function boundTarget(metric, targetValue = '2') {
  const c = city.clients.cityOfficer;
  const text = ['平顶山市科学技术局文件', `平科〔${YEAR}〕31号`, `关于印发${YEAR}年创新平台建设工作要点的通知`,
    `${YEAR}年新认定市级工程技术研究中心20家以上。`, '平顶山市科学技术局', `${YEAR}年3月1日`].join('\n');
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text }), 201);
  const target = doc.items.find((i) => i.kind === 'target');
  const confirmed = assertOk(await c.post(`/api/v1/policy-items/${target.id}/confirm`, {}));
  return assertOk(await c.patch(`/api/v1/ledger/items/${confirmed.ledger_item_id}`, { target_value: targetValue, metric }));
}

const progressOf = async (item) => Number(assertOk(await city.clients.cityOfficer.get(`/api/v1/ledger/items/${item.id}`)).progress);

test('a target bound to `platforms` moves when a platform is recognised and falls back when it is revoked', async () => {
  const { cityOfficer, yexianOfficer } = city.clients;
  const host = await createOrg(cityOfficer, { region: YEXIAN.code });
  const kind = { type: 'key_lab', region_code: YEXIAN.code };
  const now = await boundTarget({ id: 'platforms', params: kind });
  const thisYear = await boundTarget({ id: 'platforms', params: { ...kind, year: YEAR } });
  const midYear = await boundTarget({ id: 'platforms', params: { ...kind, date: `${YEAR}-06-30` } });
  const provincial = await boundTarget({ id: 'platforms', params: { ...kind, level: 'provincial' } });
  const [now0, year0, mid0] = [await progressOf(now), await progressOf(thisYear), await progressOf(midYear)];

  const lab = await createPlatform(yexianOfficer, host.id, { name: '叶县盐资源重点实验室', type: 'key_lab', status: 'under_review',
    recognised_on: undefined, document_no: undefined });
  assert.equal(await progressOf(now), now0, 'a platform under review counted');
  assertOk(await yexianOfficer.patch(`${PLATFORMS}/${lab.id}`, { status: 'recognised', recognised_on: `${YEAR}-05-10`, document_no: `平科〔${YEAR}〕20号` }));
  assert.equal(await progressOf(now), now0 + 1);
  assert.equal(await progressOf(thisYear), year0 + 1);
  assert.equal(await progressOf(midYear), mid0 + 1);
  assert.equal(await progressOf(provincial), 0, 'a municipal lab counted as provincial');

  assertOk(await yexianOfficer.post(`${PLATFORMS}/${lab.id}/revoke`, { revoked_on: `${YEAR}-09-01`, reason: '依托单位注销' }));
  assert.equal(await progressOf(now), now0, 'a revoked platform still counted');
  assert.equal(await progressOf(midYear), mid0 + 1, 'in force on 30 June, before its revocation');
  assert.equal(await progressOf(thisYear), year0 + 1, 'it was still recognised that year');

  const c = cityOfficer;
  assertError(await c.patch(`/api/v1/ledger/items/${now.id}`, { metric: { id: 'platforms', params: { type: 'lab' } } }),
    400, 'FIELD_INVALID', 'metric.params.type');
  assertError(await c.patch(`/api/v1/ledger/items/${now.id}`, { metric: { id: 'platforms', params: { date: `${YEAR}-02-30` } } }),
    400, 'FIELD_INVALID', 'metric.params.date');
});
