// Password policy, change of password, and administrator resets (docs/api.md "Sessions", "Users and roles").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertDone, assertError, assertOk } from './lib/client.mjs';
import { createOrg, createUser, loginAs, strongPassword, uniqueName } from './lib/world.mjs';

const env = useServer();

async function newOrgUser() {
  const admin = await env.admin();
  const org = await createOrg(admin);
  return createUser(admin, { role: 'org_user', orgId: org.id });
}

/** Passwords every policy of the product must refuse, for a user called `username`. */
function weakPasswords(username) {
  return {
    'too short': 'Ab1#xy',
    'only two character classes (lower case and digits)': 'lowercase2026digits',
    'only two character classes (upper and lower case)': 'OnlyLettersHereNoDigits',
    'contains the username': `Xy#9${username}2026`,
  };
}

test('creating a user with a weak password is refused with PASSWORD_WEAK naming the field', async () => {
  const admin = await env.admin();
  const org = await createOrg(admin);
  const username = uniqueName('weakling');
  for (const [why, password] of Object.entries(weakPasswords(username))) {
    const res = await admin.post('/api/v1/users',
      { username, display_name: '弱密码', role: 'org_user', org_id: org.id, password });
    assert.equal(res.status, 400, `${why}: ${res.text}`);
    assertError(res, 400, 'PASSWORD_WEAK', 'password');
  }
});

test('changing to a weak password is refused with PASSWORD_WEAK and the old password keeps working', async () => {
  const account = await newOrgUser();
  const c = await loginAs(env, account);
  for (const [why, password] of Object.entries(weakPasswords(account.username))) {
    const res = await c.post('/api/v1/auth/change-password', { old_password: account.password, new_password: password });
    assert.equal(res.status, 400, `${why}: ${res.text}`);
    assertError(res, 400, 'PASSWORD_WEAK', 'new_password');
  }
  assertOk(await env.client().login(account.username, account.password));
});

test('change-password needs the right old password; afterwards only the new one works', async () => {
  const account = await newOrgUser();
  const c = await loginAs(env, account);
  const next = strongPassword();
  assertError(await c.post('/api/v1/auth/change-password', { old_password: `${account.password}x`, new_password: next }),
    400, 'PASSWORD_WRONG');
  assert.deepEqual(assertOk(await c.post('/api/v1/auth/change-password', { old_password: account.password, new_password: next })), {});
  assertError(await env.client().login(account.username, account.password), 401, 'LOGIN_FAILED');
  assertOk(await env.client().login(account.username, next));
});

test('after an administrator reset the user must change the password before doing anything else', async () => {
  const account = await newOrgUser();
  await loginAs(env, account);
  const admin = await env.admin();
  const temporary = strongPassword();
  assertDone(await admin.post(`/api/v1/users/${account.user.id}/reset-password`, { new_password: temporary }));
  assertError(await env.client().login(account.username, account.password), 401, 'LOGIN_FAILED');

  const c = env.client();
  const user = await c.loginOk(account.username, temporary);
  assert.equal(user.must_change_password, true);
  assertOk(await c.get('/api/v1/auth/me'));
  assertError(await c.get('/api/v1/orgs'), 403, 'PASSWORD_CHANGE_REQUIRED');
  assertError(await c.get(`/api/v1/orgs/${account.user.org_id}`), 403, 'PASSWORD_CHANGE_REQUIRED');
  assertError(await c.patch(`/api/v1/orgs/${account.user.org_id}`, { address: '新地址' }), 403, 'PASSWORD_CHANGE_REQUIRED');

  const chosen = strongPassword();
  assertOk(await c.post('/api/v1/auth/change-password', { old_password: temporary, new_password: chosen }));
  assert.equal(assertOk(await c.get('/api/v1/auth/me')).user.must_change_password, false);
  assertOk(await c.get('/api/v1/orgs'));
  assertOk(await env.client().login(account.username, chosen));
});

test('a reset to a weak password is refused', async () => {
  const account = await newOrgUser();
  const admin = await env.admin();
  assertError(await admin.post(`/api/v1/users/${account.user.id}/reset-password`, { new_password: 'Ab1#x' }),
    400, 'PASSWORD_WEAK', 'new_password');
});
