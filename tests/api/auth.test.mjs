// Login, lockout, CSRF, missing sessions and logout (docs/api.md "Sessions").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, ADMIN_USERNAME, ADMIN_PASSWORD } from './lib/harness.mjs';
import { assertDone, assertError, assertOk } from './lib/client.mjs';
import { createUser, createOrg, loginAs } from './lib/world.mjs';

const env = useServer();
const LOCKOUT_SECONDS = 15 * 60;

async function newOrgUser() {
  const admin = await env.admin();
  const org = await createOrg(admin);
  return createUser(admin, { role: 'org_user', orgId: org.id });
}

test('login with the right password answers the user, a CSRF token and a strict HttpOnly session cookie', async () => {
  const c = env.client();
  const res = await c.login(ADMIN_USERNAME, ADMIN_PASSWORD);
  const body = assertOk(res);
  assert.equal(body.user.username, ADMIN_USERNAME);
  assert.equal(body.user.role, 'admin');
  assert.equal(typeof body.csrf_token, 'string');
  assert.ok(body.csrf_token.length >= 16, 'CSRF token is too short to be unguessable');
  const cookie = res.headers.getSetCookie().find((l) => l.startsWith('kc_session='));
  assert.ok(cookie, 'no kc_session cookie');
  assert.match(cookie, /;\s*HttpOnly/i);
  assert.match(cookie, /;\s*SameSite=Strict/i);
  const me = assertOk(await c.get('/api/v1/auth/me'));
  assert.equal(me.user.username, ADMIN_USERNAME);
  assert.ok(Array.isArray(me.permissions) && me.permissions.every((p) => typeof p === 'string'), 'permissions is not a list of names');
  assert.ok(me.permissions.some((p) => p.startsWith('orgs.')), `admin has no organisation permission: ${me.permissions}`);
});

test('login with a wrong password or an unknown user is refused with LOGIN_FAILED and sets no session', async () => {
  const c = env.client();
  assertError(await c.login(ADMIN_USERNAME, `${ADMIN_PASSWORD}x`), 401, 'LOGIN_FAILED');
  assert.equal(c.sessionCookie, undefined);
  assertError(await c.login('nobody-here', ADMIN_PASSWORD), 401, 'LOGIN_FAILED');
  assertError(await c.get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
});

test('five failed logins lock the account for 15 minutes, even for the right password', async () => {
  const account = await newOrgUser();
  const c = env.client();
  for (let i = 1; i <= 4; i += 1) assertError(await c.login(account.username, 'Wrong#Password1'), 401, 'LOGIN_FAILED');
  // docs/api.md: "after five failures 423" — the fifth failure itself may already answer 423.
  const fifth = await c.login(account.username, 'Wrong#Password1');
  assert.ok([401, 423].includes(fifth.status), `fifth failure: ${fifth.status} ${fifth.text}`);
  assertError(await c.login(account.username, account.password), 423, 'ACCOUNT_LOCKED');
  await env.advanceClock(LOCKOUT_SECONDS - 60);
  assertError(await c.login(account.username, account.password), 423, 'ACCOUNT_LOCKED');
  await env.advanceClock(61);
  assertOk(await c.login(account.username, account.password));
});

test('an administrator can unlock a locked account before the 15 minutes are over', async () => {
  const account = await newOrgUser();
  const c = env.client();
  for (let i = 0; i < 5; i += 1) await c.login(account.username, 'Wrong#Password1');
  assertError(await c.login(account.username, account.password), 423, 'ACCOUNT_LOCKED');
  const admin = await env.admin();
  assertDone(await admin.post(`/api/v1/users/${account.user.id}/unlock`, {}));
  assertOk(await c.login(account.username, account.password));
});

test('an unsafe request without the CSRF token or with a wrong one is refused with CSRF_INVALID', async () => {
  const account = await newOrgUser();
  const c = await loginAs(env, account);
  const body = { old_password: 'Not#ThePassword1', new_password: 'Another#Passw0rd' };
  assertError(await c.post('/api/v1/auth/change-password', body, { csrf: false }), 403, 'CSRF_INVALID');
  assertError(await c.post('/api/v1/auth/change-password', body, { csrf: `${c.csrfToken}x` }), 403, 'CSRF_INVALID');
  const other = await env.admin(); // a real token, but of another session
  assertError(await c.post('/api/v1/auth/change-password', body, { csrf: other.csrfToken }), 403, 'CSRF_INVALID');
  assertError(await c.patch(`/api/v1/orgs/${account.user.org_id}`, { address: 'x' }, { csrf: false }), 403, 'CSRF_INVALID');
  // With the right token the request reaches the handler, which rejects the wrong old password.
  assertError(await c.post('/api/v1/auth/change-password', body), 400, 'PASSWORD_WRONG');
  assertError(await c.post('/api/v1/auth/logout', {}, { csrf: false }), 403, 'CSRF_INVALID');
  assertOk(await c.get('/api/v1/auth/me'));
});

test('requests without a session are refused with AUTH_REQUIRED', async () => {
  const c = env.client();
  for (const p of ['/api/v1/auth/me', '/api/v1/orgs', '/api/v1/users', '/api/v1/audit', '/api/v1/roles']) {
    assertError(await c.get(p), 401, 'AUTH_REQUIRED');
  }
  const forged = env.client();
  forged.cookies.set('kc_session', 'forged-session-id-0123456789abcdef');
  assertError(await forged.get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
});

test('logout ends the session on the server, not only in the browser', async () => {
  const c = await env.admin();
  const cookie = c.sessionCookie;
  assert.deepEqual(assertOk(await c.post('/api/v1/auth/logout', {})), {});
  const res = await c.get('/api/v1/auth/me');
  assert.equal(res.status, 401);
  const replay = env.client();
  replay.cookies.set('kc_session', cookie);
  const replayed = await replay.get('/api/v1/auth/me');
  assert.equal(replayed.status, 401, `a logged-out session still works: ${replayed.text}`);
  assert.ok(['AUTH_REQUIRED', 'SESSION_EXPIRED'].includes(replayed.json?.error?.code), replayed.text);
});
