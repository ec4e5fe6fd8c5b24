// Data scopes of every role (docs/api.md "Organisations"): a record outside the caller's scope is 404
// and absent from lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { creditCode } from './lib/codes.mjs';
import { buildCity, listedOrgIds, YEXIAN, BAOFENG } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });
const id = (org) => String(org.id);

test('admin and city officer see every organisation of the city', async () => {
  const all = Object.values(city.orgs).map(id);
  for (const who of ['admin', 'cityOfficer']) {
    const listed = await listedOrgIds(city.clients[who]);
    for (const orgId of all) assert.ok(listed.includes(orgId), `${who} does not list org ${orgId}`);
    for (const org of Object.values(city.orgs)) assertOk(await city.clients[who].get(`/api/v1/orgs/${org.id}`));
  }
});

test('a county officer sees the organisations of the own county only', async () => {
  const { baofengOfficer } = city.clients;
  const listed = await listedOrgIds(baofengOfficer);
  assert.ok(listed.includes(id(city.orgs.entBaofeng)), 'own county enterprise missing');
  for (const outside of [city.orgs.entYexian, city.orgs.yexian, city.orgs.city, city.orgs.university]) {
    assert.ok(!listed.includes(id(outside)), `county officer of ${BAOFENG.code} lists org ${outside.id} (${outside.region_code})`);
  }
  assertOk(await baofengOfficer.get(`/api/v1/orgs/${city.orgs.entBaofeng.id}`));
  assertError(await baofengOfficer.get(`/api/v1/orgs/${city.orgs.entYexian.id}`), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.get(`/api/v1/orgs/${city.orgs.yexian.id}`), 404, 'NOT_FOUND');
  const filtered = assertOk(await baofengOfficer.get(`/api/v1/orgs?region_code=${YEXIAN.code}`));
  assert.equal(filtered.total, 0, 'a region filter must not widen the scope');
  assert.deepEqual(filtered.items, []);
});

test('the other county officer is limited the same way', async () => {
  const { yexianOfficer } = city.clients;
  const listed = await listedOrgIds(yexianOfficer);
  assert.ok(listed.includes(id(city.orgs.entYexian)));
  assert.ok(!listed.includes(id(city.orgs.entBaofeng)));
  assertError(await yexianOfficer.get(`/api/v1/orgs/${city.orgs.entBaofeng.id}`), 404, 'NOT_FOUND');
});

test('writes outside the scope answer 404 and change nothing', async () => {
  const target = city.orgs.entYexian;
  assertError(await city.clients.baofengOfficer.patch(`/api/v1/orgs/${target.id}`, { address: '越权修改' }), 404, 'NOT_FOUND');
  // An org user may lack the write permission altogether (403) or meet the scope first (404).
  const byOrgUser = await city.clients.baofengUser.patch(`/api/v1/orgs/${target.id}`, { address: '越权修改' });
  assert.ok([403, 404].includes(byOrgUser.status), `an org user wrote another org: ${byOrgUser.status} ${byOrgUser.text}`);
  const after = assertOk(await city.clients.admin.get(`/api/v1/orgs/${target.id}`));
  assert.notEqual(after.address, '越权修改');
});

test('org users and org admins see only their own organisation', async () => {
  const cases = [['baofengUser', city.orgs.entBaofeng, city.orgs.entYexian], ['yexianAdmin', city.orgs.entYexian, city.orgs.entBaofeng]];
  for (const [who, own, other] of cases) {
    const c = city.clients[who];
    assert.deepEqual(await listedOrgIds(c), [id(own)], `${who} lists more than the own organisation`);
    assertOk(await c.get(`/api/v1/orgs/${own.id}`));
    assertError(await c.get(`/api/v1/orgs/${other.id}`), 404, 'NOT_FOUND');
    assertError(await c.get(`/api/v1/orgs/${city.orgs.city.id}`), 404, 'NOT_FOUND');
  }
});

test('an expert without assignments sees no organisation', async () => {
  const { expert } = city.clients;
  const list = assertOk(await expert.get('/api/v1/orgs'));
  assert.equal(list.total, 0);
  assert.deepEqual(list.items, []);
  assertError(await expert.get(`/api/v1/orgs/${city.orgs.entBaofeng.id}`), 404, 'NOT_FOUND');
});

test('a county officer cannot create an organisation in another county', async () => {
  const res = await city.clients.baofengOfficer.post('/api/v1/orgs', {
    name: '越权新建单位', kind: 'enterprise', credit_code: creditCode(YEXIAN.code), region_code: YEXIAN.code,
  });
  assert.ok(res.status >= 400 && res.status < 500, `created outside the scope: ${res.status} ${res.text}`);
  const listed = await listedOrgIds(city.clients.admin, `&q=${encodeURIComponent('越权新建单位')}`);
  assert.deepEqual(listed, []);
});
