// Builders for test data through the public API: organisations, users and a small city
// (平顶山市 with two counties) whose people exercise every role's data scope.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { creditCode } from './codes.mjs';
import { assertOk } from './client.mjs';

export const CITY = { code: '410400', name: '平顶山市' };
export const BAOFENG = { code: '410421', name: '宝丰县' };
export const YEXIAN = { code: '410422', name: '叶县' };
export const INDUSTRY_SOFTWARE = '6513'; // GB/T 4754-2017 小类 应用软件开发

let serial = 0;
/** A name unique within this test run, safe as a username (lower case letters and digits). */
export function uniqueName(prefix) {
  serial += 1;
  return `${prefix}${serial}${randomBytes(3).toString('hex')}`;
}

/** A password that satisfies any sensible policy: long, four character classes, no username in it. */
export function strongPassword() {
  return `Kc#${randomBytes(6).toString('hex')}-Xy9`;
}

export function orgBody({ kind = 'enterprise', region = BAOFENG.code, name, ...rest } = {}) {
  return {
    name: name ?? `测试单位${uniqueName('')}`,
    kind,
    credit_code: creditCode(region, kind),
    region_code: region,
    industry_code: INDUSTRY_SOFTWARE,
    ...rest,
  };
}

/** Creates an (approved) organisation as `creator` (a bureau user) and returns the org object. */
export async function createOrg(creator, options) {
  const org = assertOk(await creator.post('/api/v1/orgs', orgBody(options)), 201);
  assert.ok(org.id, 'created org has no id');
  return org;
}

/**
 * Creates a user as `creator` and returns {user, username, password}. If the server wants new
 * accounts to change their initial password, `loginAs` takes care of it.
 */
export async function createUser(creator, { role, orgId }) {
  const username = uniqueName(role.replace(/_/g, ''));
  const password = strongPassword();
  const body = { username, display_name: `测试${role}`, role, org_id: orgId, password };
  const user = assertOk(await creator.post('/api/v1/users', body), 201);
  assert.equal(user.username, username);
  assert.equal(user.role, role);
  return { user, username, password };
}

/** A client logged in as the given account (changing a must-change initial password on the way). */
export async function loginAs(env, account) {
  const c = env.client();
  const user = await c.loginOk(account.username, account.password);
  if (user.must_change_password) {
    const next = strongPassword();
    assertOk(await c.post('/api/v1/auth/change-password', { old_password: account.password, new_password: next }));
    account.password = next;
  }
  return c;
}

/**
 * A city bureau, two county bureaus, one enterprise per county, a university, and one account per role.
 * Returns {orgs: {city, baofeng, yexian, entBaofeng, entYexian, university}, accounts: {...}, clients: {...}}.
 */
export async function buildCity(env) {
  const admin = await env.admin();
  const orgs = {
    city: await createOrg(admin, { kind: 'city_bureau', region: CITY.code, name: `平顶山市科学技术局${uniqueName('')}` }),
    baofeng: await createOrg(admin, { kind: 'county_bureau', region: BAOFENG.code, name: `宝丰县科学技术局${uniqueName('')}` }),
    yexian: await createOrg(admin, { kind: 'county_bureau', region: YEXIAN.code, name: `叶县科学技术局${uniqueName('')}` }),
    entBaofeng: await createOrg(admin, { region: BAOFENG.code }),
    entYexian: await createOrg(admin, { region: YEXIAN.code }),
    university: await createOrg(admin, { kind: 'university', region: CITY.code }),
  };
  const accounts = {
    cityOfficer: await createUser(admin, { role: 'city_officer', orgId: orgs.city.id }),
    baofengOfficer: await createUser(admin, { role: 'county_officer', orgId: orgs.baofeng.id }),
    yexianOfficer: await createUser(admin, { role: 'county_officer', orgId: orgs.yexian.id }),
    baofengUser: await createUser(admin, { role: 'org_user', orgId: orgs.entBaofeng.id }),
    yexianAdmin: await createUser(admin, { role: 'org_admin', orgId: orgs.entYexian.id }),
    expert: await createUser(admin, { role: 'expert', orgId: orgs.university.id }),
  };
  const clients = { admin };
  for (const [key, account] of Object.entries(accounts)) clients[key] = await loginAs(env, account);
  return { orgs, accounts, clients };
}

/** All organisation ids the client can list (follows pages). */
export async function listedOrgIds(client, query = '') {
  const ids = [];
  for (let page = 1; ; page += 1) {
    const body = assertOk(await client.get(`/api/v1/orgs?page=${page}&page_size=200${query}`));
    assert.ok(Array.isArray(body.items), 'list has no items array');
    ids.push(...body.items.map((o) => String(o.id)));
    if (body.items.length === 0 || ids.length >= body.total) {
      assert.equal(ids.length, body.total, 'total differs from the number of listed items');
      return ids;
    }
  }
}
