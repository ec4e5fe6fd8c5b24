// Session lifetime (docs/api.md "Sessions"): idle timeout 30 minutes, absolute limit 12 hours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';

const env = useServer();
const MINUTE = 60;

test('a session idle for more than 30 minutes expires; activity keeps it alive', async () => {
  const c = await env.admin();
  await env.advanceClock(29 * MINUTE);
  assertOk(await c.get('/api/v1/auth/me'));
  await env.advanceClock(29 * MINUTE); // 58 minutes since login, 29 since the last request
  assertOk(await c.get('/api/v1/auth/me'));
  await env.advanceClock(31 * MINUTE);
  assertError(await c.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  const again = await c.get('/api/v1/orgs'); // the expired session may already be gone: either code is fine
  assert.equal(again.status, 401);
  assert.ok(['SESSION_EXPIRED', 'AUTH_REQUIRED'].includes(again.json?.error?.code), again.text);
});

test('an active session still ends 12 hours after login', async () => {
  const c = await env.admin();
  // A request every 20 minutes keeps the session from idling out: 35 of them reach 11 h 40 min.
  for (let minutes = 20; minutes <= 700; minutes += 20) {
    await env.advanceClock(20 * MINUTE);
    assertOk(await c.get('/api/v1/auth/me'), 200);
  }
  await env.advanceClock(21 * MINUTE); // 12 h 1 min after login, 21 minutes idle
  assertError(await c.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
});

test('logging in again after expiry gives a working session', async () => {
  const c = await env.admin();
  await env.advanceClock(31 * MINUTE);
  assertError(await c.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  const again = await env.admin();
  assertOk(await again.get('/api/v1/auth/me'));
});
