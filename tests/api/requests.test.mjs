// Request validation, unknown routes, response headers and metrics (docs/api.md "Errors", "Reference data
// and operations").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, ADMIN_USERNAME, ADMIN_PASSWORD } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { orgBody } from './lib/world.mjs';

const env = useServer();
const MIB = 1024 * 1024;

test('malformed JSON is refused with JSON_INVALID', async () => {
  const admin = await env.admin();
  assertError(await admin.post('/api/v1/orgs', '{"name": "半截'), 400, 'JSON_INVALID');
  assertError(await admin.post('/api/v1/orgs', '{"name": "a",}'), 400, 'JSON_INVALID');
  assertError(await env.client().post('/api/v1/auth/login', 'username=admin'), 400, 'JSON_INVALID');
});

test('an unknown field is refused with FIELD_UNKNOWN naming it', async () => {
  const admin = await env.admin();
  assertError(await admin.post('/api/v1/orgs', { ...orgBody(), colour: 'blue' }), 400, 'FIELD_UNKNOWN', 'colour');
  assertError(await env.client().post('/api/v1/auth/login', { username: ADMIN_USERNAME, password: ADMIN_PASSWORD, remember: true }),
    400, 'FIELD_UNKNOWN', 'remember');
});

test('a missing required field is refused with FIELD_MISSING naming it', async () => {
  const admin = await env.admin();
  const { name, ...withoutName } = orgBody();
  assert.ok(name);
  assertError(await admin.post('/api/v1/orgs', withoutName), 400, 'FIELD_MISSING', 'name');
  const { credit_code: cc, ...withoutCode } = orgBody();
  assert.ok(cc);
  assertError(await admin.post('/api/v1/orgs', withoutCode), 400, 'FIELD_MISSING', 'credit_code');
  assertError(await env.client().post('/api/v1/auth/login', { username: ADMIN_USERNAME }), 400, 'FIELD_MISSING', 'password');
});

test('a JSON body over 1 MiB is refused with 413 BODY_TOO_LARGE', async () => {
  const admin = await env.admin();
  const big = JSON.stringify({ ...orgBody(), address: 'x'.repeat(MIB + 1024) });
  assertError(await admin.post('/api/v1/orgs', big), 413, 'BODY_TOO_LARGE');
  // Just under the limit the body is read and judged on its content (an address this long is invalid,
  // but it is not 413).
  const under = JSON.stringify({ ...orgBody(), address: 'x'.repeat(MIB - 4096) });
  assert.notEqual((await admin.post('/api/v1/orgs', under)).status, 413);
  assertOk(await admin.get('/api/v1/auth/me'));
});

test('an unknown API route answers 404 ROUTE_NOT_FOUND as JSON', async () => {
  const admin = await env.admin();
  for (const p of ['/api/v1/no-such-thing', '/api/v1/orgs/1/no-such-action', '/api/v2/orgs']) {
    const res = await admin.get(p);
    assert.match(res.headers.get('content-type') || '', /application\/json/);
    assertError(res, 404, 'ROUTE_NOT_FOUND');
  }
});

test('responses carry the security headers', async () => {
  for (const p of ['/api/v1/health', '/api/v1/no-such-thing']) {
    const res = await env.client().get(p);
    const csp = res.headers.get('content-security-policy');
    assert.ok(csp, `${p}: no Content-Security-Policy`);
    assert.match(csp, /default-src/);
    assert.doesNotMatch(csp, /'unsafe-eval'/);
    assert.match(csp, /frame-ancestors 'none'/, `${p}: framing allowed`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${p}: X-Content-Type-Options`);
    assert.match(res.headers.get('referrer-policy') || '', /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  }
});

test('health names the database backend', async () => {
  const body = assertOk(await env.client().get('/api/v1/health'));
  assert.equal(body.status, 'ok');
  assert.equal(body.db, env.db.name);
});

/** Sum of all samples of counter metrics whose name mentions requests. */
function requestCount(metricsText) {
  const counters = new Set(
    [...metricsText.matchAll(/^# TYPE (\S+) counter$/gm)].map((m) => m[1]).filter((n) => /request/.test(n)),
  );
  let total = 0;
  for (const line of metricsText.split('\n')) {
    const m = line.match(/^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+([0-9.eE+-]+)/);
    if (m && (counters.has(m[1]) || counters.has(m[1].replace(/_total$/, '')))) total += Number(m[3]);
  }
  return { counters, total };
}

test('/metrics exposes request counters that count requests', async () => {
  const first = await env.client().get('/metrics');
  assert.equal(first.status, 200);
  assert.match(first.headers.get('content-type') || '', /text\/plain/);
  const before = requestCount(first.text);
  assert.ok(before.counters.size > 0, `no request counter in /metrics:\n${first.text.slice(0, 1000)}`);
  for (let i = 0; i < 5; i += 1) await env.client().get('/api/v1/health');
  const after = requestCount((await env.client().get('/metrics')).text);
  assert.ok(after.total >= before.total + 5, `request counters went from ${before.total} to ${after.total}`);
});
