// The registrar's 30-day clock through the API: it counts down with the (test) server clock, warns in the last
// five days, turns overdue after the 30th day, and a late decision is marked as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertOk } from './lib/client.mjs';
import { fileContract } from './lib/market.mjs';
import { buildCity, loginAs } from './lib/world.mjs';

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); } });
const DAY = 24 * 3600;

test('the clock warns, goes overdue, and a late registration says so', async () => {
  const k = await fileContract(city.clients.baofengUser);
  const filed = Date.parse(k.filed_at);
  assert.equal(k.clock.days_left, 30);
  // Each jump is longer than a session's idle timeout: log in again after it.
  await env.advanceClock(25 * DAY);
  let officer = await loginAs(env, city.accounts.baofengOfficer);
  let seen = assertOk(await officer.get(`/api/v1/market/contracts/${k.id}`));
  assert.equal(seen.clock.days_left, 5);
  assert.equal(seen.clock.state, 'warning');
  const listed = assertOk(await officer.get('/api/v1/market/contracts?status=pending')).items.find((x) => x.id === k.id);
  assert.equal(listed.clock.state, 'warning', 'the list shows the warning too');
  assert.equal(Date.parse(seen.clock.deadline_at), Date.parse(k.clock.deadline_at));
  assert.ok(Date.parse(k.clock.deadline_at) - filed > 30 * DAY * 1000, 'the filing day itself is not counted');
  await env.advanceClock(6 * DAY);
  officer = await loginAs(env, city.accounts.baofengOfficer);
  seen = assertOk(await officer.get(`/api/v1/market/contracts/${k.id}`));
  assert.equal(seen.clock.days_left, -1);
  assert.equal(seen.clock.state, 'overdue');
  const done = assertOk(await officer.post(`/api/v1/market/contracts/${k.id}/register`, {}));
  assert.equal(done.status, 'registered');
  assert.equal(done.clock.state, 'decided_late');
});
