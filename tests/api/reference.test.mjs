// Roles, reference data and the documented shapes of `user` and `org` (docs/api.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertOk } from './lib/client.mjs';
import { BAOFENG, CITY, createOrg, createUser, loginAs } from './lib/world.mjs';

const env = useServer();

const ROLE_NAMES = {
  admin: '系统管理员',
  city_admin: '市科技局管理员',
  city_officer: '市科技局工作人员',
  county_officer: '县（区）科技局工作人员',
  org_admin: '单位管理员',
  org_user: '单位用户',
  expert: '评审专家',
};
const USER_FIELDS = ['id', 'username', 'display_name', 'role', 'role_name', 'org_id', 'org_name', 'org_status',
  'region_code', 'status', 'must_change_password', 'phone', 'last_login_at', 'created_at'];
const ORG_FIELDS = ['id', 'name', 'kind', 'kind_name', 'credit_code', 'region_code', 'region_name', 'industry_code',
  'industry_name', 'address', 'contact_name', 'contact_phone', 'status', 'status_name', 'reject_reason', 'created_at',
  'reviewed_at'];

const missing = (obj, keys) => keys.filter((k) => !(k in obj));

test('GET /roles lists the seven roles with their Chinese names and permissions', async () => {
  const body = assertOk(await (await env.admin()).get('/api/v1/roles'));
  const byRole = Object.fromEntries(body.items.map((r) => [r.role, r]));
  assert.deepEqual(Object.keys(byRole).sort(), Object.keys(ROLE_NAMES).sort());
  for (const [role, name] of Object.entries(ROLE_NAMES)) {
    assert.equal(byRole[role].name, name);
    assert.ok(Array.isArray(byRole[role].permissions));
  }
  assert.ok(byRole.admin.permissions.length > byRole.org_user.permissions.length, 'admin is not more powerful than org_user');
});

test('user and org objects carry every documented field', async () => {
  const admin = await env.admin();
  const org = await createOrg(admin, { region: BAOFENG.code });
  assert.deepEqual(missing(org, ORG_FIELDS), []);
  const account = await createUser(admin, { role: 'org_admin', orgId: org.id });
  assert.deepEqual(missing(account.user, USER_FIELDS), []);
  assert.equal(account.user.role_name, ROLE_NAMES.org_admin);
  assert.equal(String(account.user.org_id), String(org.id));
  assert.equal(account.user.org_name, org.name);
  const me = assertOk(await (await loginAs(env, account)).get('/api/v1/auth/me'));
  assert.deepEqual(missing(me.user, USER_FIELDS), []);
  assert.ok(me.user.last_login_at, 'last_login_at not set after a login');
  assert.ok(!('password' in me.user) && !('password_hash' in me.user), 'the user object leaks the password');
});

test('regions: provinces at the top, the counties of 平顶山市 below it', async () => {
  const admin = await env.admin();
  const provinces = assertOk(await admin.get('/api/v1/ref/regions')).items;
  assert.ok(provinces.some((r) => r.code === '410000' && r.name === '河南省'), '河南省 missing');
  const counties = assertOk(await admin.get(`/api/v1/ref/regions?parent=${CITY.code}`)).items;
  assert.ok(counties.some((r) => r.code === BAOFENG.code && r.name === BAOFENG.name), `${BAOFENG.name} missing`);
  assert.ok(counties.every((r) => r.code.startsWith('4104')), 'a region outside 平顶山市 is listed under it');
});

test('industries can be searched by name', async () => {
  const admin = await env.admin();
  const found = assertOk(await admin.get(`/api/v1/ref/industries?q=${encodeURIComponent('应用软件开发')}`)).items;
  assert.ok(found.some((i) => i.code === '6513'), 'GB/T 4754 6513 应用软件开发 not found');
});
