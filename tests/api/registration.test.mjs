// Self-registration of organisations and their review by a bureau (docs/api.md "Sessions", "Organisations").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertDone, assertError, assertOk } from './lib/client.mjs';
import { creditCode, withBadCheckChar } from './lib/codes.mjs';
import { BAOFENG, CITY, createOrg, createUser, loginAs, orgBody, strongPassword, uniqueName } from './lib/world.mjs';

let cityOfficer;
let approvedOrgUser;

async function setup(env) {
  const admin = await env.admin();
  const bureau = await createOrg(admin, { kind: 'city_bureau', region: CITY.code });
  cityOfficer = await loginAs(env, await createUser(admin, { role: 'city_officer', orgId: bureau.id }));
  const enterprise = await createOrg(admin);
  approvedOrgUser = await loginAs(env, await createUser(admin, { role: 'org_user', orgId: enterprise.id }));
}
const env = useServer({ setup });

function registration(orgOverrides = {}, userOverrides = {}) {
  const org = orgBody({ region: BAOFENG.code, ...orgOverrides });
  return {
    org: { ...org, address: '宝丰县城关镇', contact_name: '张三', contact_phone: '13800000000' },
    user: { username: uniqueName('reg'), password: strongPassword(), display_name: '注册用户', ...userOverrides },
  };
}

/** Registers (no session, no CSRF token) and logs the new user in. */
async function registerAndLogin(body = registration()) {
  const res = await env.client().post('/api/v1/auth/register', body);
  const ids = assertOk(res, 201);
  assert.ok(ids.org_id && ids.user_id, res.text);
  const c = env.client();
  const user = await c.loginOk(body.user.username, body.user.password);
  return { ids, c, user, body };
}

test('a registered organisation is pending; its user can read me and the own organisation only', async () => {
  const { ids, c, user } = await registerAndLogin();
  assert.equal(String(user.org_id), String(ids.org_id));
  assert.equal(user.org_status, 'pending');
  assertOk(await c.get('/api/v1/auth/me'));
  const org = assertOk(await c.get(`/api/v1/orgs/${ids.org_id}`));
  assert.equal(org.status, 'pending');
  assert.equal(org.status_name, '待审核');
  assertError(await c.get('/api/v1/orgs'), 403, 'ORG_NOT_APPROVED');
  assertError(await c.get('/api/v1/users'), 403, 'ORG_NOT_APPROVED');
  assertError(await c.patch(`/api/v1/orgs/${ids.org_id}`, { address: '改地址' }), 403, 'ORG_NOT_APPROVED');
});

test('a city officer approves a pending organisation; its user then gets on', async () => {
  const { ids, c } = await registerAndLogin();
  assertDone(await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/approve`, {}));
  const org = assertOk(await cityOfficer.get(`/api/v1/orgs/${ids.org_id}`));
  assert.equal(org.status, 'approved');
  assert.ok(org.reviewed_at, 'reviewed_at not set');
  const list = assertOk(await c.get('/api/v1/orgs'));
  assert.deepEqual(list.items.map((o) => String(o.id)), [String(ids.org_id)]);
  assertError(await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/approve`, {}), 409, 'INVALID_STATE');
});

test('rejecting needs a reason, which the organisation then shows', async () => {
  const { ids, c } = await registerAndLogin();
  assertError(await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/reject`, {}), 400, 'FIELD_MISSING', 'reason');
  const blank = await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/reject`, { reason: '' });
  assert.equal(blank.status, 400, `an empty reason was accepted: ${blank.text}`);
  assert.equal(blank.json?.error?.field, 'reason');
  assertDone(await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/reject`, { reason: '营业执照信息不符' }));
  const org = assertOk(await c.get(`/api/v1/orgs/${ids.org_id}`));
  assert.equal(org.status, 'rejected');
  assert.equal(org.reject_reason, '营业执照信息不符');
  assertError(await cityOfficer.post(`/api/v1/orgs/${ids.org_id}/approve`, {}), 409, 'INVALID_STATE');
});

test('users of organisations cannot approve; the organisation stays pending', async () => {
  const { ids } = await registerAndLogin();
  const res = await approvedOrgUser.post(`/api/v1/orgs/${ids.org_id}/approve`, {});
  assert.ok([403, 404].includes(res.status), `an org user approved: ${res.status} ${res.text}`);
  assert.equal(assertOk(await cityOfficer.get(`/api/v1/orgs/${ids.org_id}`)).status, 'pending');
});

test('a credit code with a wrong check character is refused with CREDIT_CODE_INVALID', async () => {
  const body = registration();
  body.org.credit_code = withBadCheckChar(body.org.credit_code);
  assertError(await env.client().post('/api/v1/auth/register', body), 400, 'CREDIT_CODE_INVALID', 'credit_code');
  const admin = await env.admin();
  const org = orgBody();
  org.credit_code = withBadCheckChar(org.credit_code);
  assertError(await admin.post('/api/v1/orgs', org), 400, 'CREDIT_CODE_INVALID', 'credit_code');
  assertError(await admin.post('/api/v1/orgs', { ...orgBody(), credit_code: '91410421MA' }), 400, 'CREDIT_CODE_INVALID', 'credit_code');
});

test('unknown region and industry codes are refused', async () => {
  const admin = await env.admin();
  assertError(await admin.post('/api/v1/orgs', { ...orgBody(), region_code: '419999', credit_code: creditCode('419999') }),
    400, 'REGION_CODE_INVALID', 'region_code');
  assertError(await admin.post('/api/v1/orgs', { ...orgBody(), industry_code: '9999' }),
    400, 'INDUSTRY_CODE_INVALID', 'industry_code');
  const body = registration({ industry_code: 'Z99' });
  assertError(await env.client().post('/api/v1/auth/register', body), 400, 'INDUSTRY_CODE_INVALID', 'industry_code');
});

test('a credit code or username already registered gives 409', async () => {
  const first = registration();
  assertOk(await env.client().post('/api/v1/auth/register', first), 201);
  const sameCode = registration();
  sameCode.org.credit_code = first.org.credit_code;
  assertError(await env.client().post('/api/v1/auth/register', sameCode), 409, 'CREDIT_CODE_TAKEN');
  const admin = await env.admin();
  assertError(await admin.post('/api/v1/orgs', { ...orgBody(), credit_code: first.org.credit_code }), 409, 'CREDIT_CODE_TAKEN');
  const sameUser = registration({}, { username: first.user.username });
  assertError(await env.client().post('/api/v1/auth/register', sameUser), 409, 'USERNAME_TAKEN');
});

test('the created organisation of a bureau is approved at once', async () => {
  const admin = await env.admin();
  const org = await createOrg(admin, { region: BAOFENG.code });
  assert.equal(org.status, 'approved');
  assert.equal(org.region_code, BAOFENG.code);
  assert.ok(org.region_name.endsWith(BAOFENG.name), `region_name ${org.region_name}`);
  assert.equal(org.kind_name, '企业');
});
