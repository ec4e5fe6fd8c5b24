// Audit trail (docs/api.md "Audit trail"): actions and failed logins are recorded with who did them,
// and the hash chain detects a row edited directly in the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, ADMIN_USERNAME } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { createOrg, createUser, loginAs } from './lib/world.mjs';

const env = useServer();

async function auditItems(client, query) {
  const body = assertOk(await client.get(`/api/v1/audit?page_size=200&${query}`));
  assert.ok(Array.isArray(body.items));
  return body.items;
}

test('actions appear in the audit trail with username, action and target', async () => {
  const admin = await env.admin();
  const org = await createOrg(admin);
  const items = await auditItems(admin, `username=${ADMIN_USERNAME}`);
  assert.ok(items.length > 0, 'no audit entries for the admin');
  for (const item of items) {
    assert.equal(item.username, ADMIN_USERNAME, 'the username filter returned another user');
    assert.ok(typeof item.action === 'string' && item.action.length > 0, `entry without action: ${JSON.stringify(item)}`);
    for (const key of ['id', 'time', 'user_id', 'client_ip', 'target_type', 'target_id', 'summary', 'result']) {
      assert.ok(key in item, `audit entry lacks ${key}`);
    }
  }
  const creation = items.find((i) => String(i.target_id) === String(org.id));
  assert.ok(creation, `creating org ${org.id} was not recorded: ${JSON.stringify(items.slice(0, 5))}`);
  assert.equal(creation.client_ip, '127.0.0.1');
  const byAction = await auditItems(admin, `action=${encodeURIComponent(creation.action)}`);
  assert.ok(byAction.length > 0 && byAction.every((i) => i.action === creation.action), 'the action filter does not work');
});

test('failed logins are recorded under the attempted username', async () => {
  const admin = await env.admin();
  const account = await createUser(admin, { role: 'org_user', orgId: (await createOrg(admin)).id });
  await loginAs(env, account);
  const before = await auditItems(admin, `username=${account.username}`);
  const success = before.find((i) => /login/i.test(i.action));
  assert.ok(success, `the successful login was not recorded: ${JSON.stringify(before)}`);
  const maxId = Math.max(...before.map((i) => Number(i.id)));

  for (let i = 0; i < 2; i += 1) assertError(await env.client().login(account.username, 'Wrong#Password1'), 401, 'LOGIN_FAILED');
  const failures = (await auditItems(admin, `username=${account.username}`)).filter((i) => Number(i.id) > maxId);
  assert.equal(failures.length, 2, `expected two new entries, got ${JSON.stringify(failures)}`);
  for (const f of failures) {
    assert.ok(f.action !== success.action || f.result !== success.result,
      `a failed login looks like a successful one: ${JSON.stringify(f)}`);
  }
});

test('only administrators read the audit trail', async () => {
  const admin = await env.admin();
  const account = await createUser(admin, { role: 'org_user', orgId: (await createOrg(admin)).id });
  const c = await loginAs(env, account);
  assertError(await c.get('/api/v1/audit'), 403, 'FORBIDDEN');
});

test('audit verify passes on an untouched chain and names a row edited in the database', async () => {
  const admin = await env.admin();
  await createOrg(admin);
  const clean = await env.cli(['audit', 'verify']);
  assert.equal(clean.code, 0, `audit verify failed on an untouched chain:\n${clean.stdout}${clean.stderr}`);
  const api = assertOk(await admin.get('/api/v1/audit/verify'));
  assert.equal(api.ok, true);
  assert.ok(api.checked > 0);

  const firstId = (await env.db.sql('SELECT min(id) FROM audit_log')).trim();
  assert.match(firstId, /^\d+$/);
  await env.db.sql("UPDATE audit_log SET summary='x' WHERE id=(SELECT min(id) FROM audit_log)");

  const broken = await env.cli(['audit', 'verify']);
  assert.notEqual(broken.code, 0, `audit verify passed a tampered chain:\n${broken.stdout}${broken.stderr}`);
  assert.match(`${broken.stdout}\n${broken.stderr}`, new RegExp(`(^|\\D)${firstId}(\\D|$)`), 'the report does not name the edited row');
  const report = assertOk(await admin.get('/api/v1/audit/verify'));
  assert.equal(report.ok, false);
  assert.ok(report.problems.some((p) => String(p.id) === firstId), `problems do not name row ${firstId}: ${JSON.stringify(report.problems)}`);
});
