// The daily ledger warnings sweep (issue 5): the serve process sends overdue-report and at-risk warnings as
// in-site notifications at a configured Beijing hour, without anyone calling POST …/warnings/notify; each
// daily slot runs once (a job-run row per job and day), across restarts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertOk } from './lib/client.mjs';
import { buildCity, loginAs } from './lib/world.mjs';

// Half a day away from now (Beijing time), so that advancing by a day crosses exactly one slot and an hour
// more crosses none.
const HOUR = (new Date(Date.now() + 8 * 3600e3).getUTCHours() + 12) % 24;
const YEAR = new Date().getUTCFullYear();

let city;
const env = useServer({ setup: async (e) => { city = await buildCity(e); }, serveArgs: ['--ledger-warnings-hour', String(HOUR)] });

const DOC = [
  '平顶山市科学技术局文件',
  `平科〔${YEAR}〕40号`,
  `关于印发${YEAR}年科技工作要点的通知`,
  '一、重点任务',
  '（一）建设科技企业孵化器。完善孵化服务体系。（牵头单位：市科技局，责任单位：市发展改革委）',
  '平顶山市科学技术局',
  `${YEAR}年1月5日`,
].join('\n');

async function overdueTaskOfBaofeng() {
  const c = city.clients.cityOfficer;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text: DOC }), 201);
  const task = doc.items.find((i) => i.kind === 'responsibility');
  const id = assertOk(await c.post(`/api/v1/policy-items/${task.id}/confirm`, {})).ledger_item_id;
  assertOk(await c.patch(`/api/v1/ledger/items/${id}`, { lead_org_id: city.orgs.baofeng.id, cycle: 'monthly' }));
  return id;
}

const jobRuns = async () => Number(String(await env.db.sql("SELECT COUNT(*) FROM scheduler_job_runs WHERE job = 'ledger.warnings'")).trim());

async function inboxFor(itemId) {
  const officer = await loginAs(env, city.accounts.baofengOfficer);
  const inbox = assertOk(await officer.get('/api/v1/notifications?page_size=200'));
  return inbox.items.filter((n) => n.link === `/targets/ledger/${itemId}`);
}

test('advancing past the hour sends the warnings once, without calling notify; a restart does not run the slot again', async () => {
  const itemId = await overdueTaskOfBaofeng();
  const officer = city.clients.cityOfficer;
  const overdue = assertOk(await officer.get('/api/v1/ledger/warnings')).overdue.filter((w) => w.item_id === itemId);
  assert.ok(overdue.length > 0, 'the monthly task has no overdue report to warn about');
  const runsAtStart = await jobRuns();
  assert.equal(runsAtStart, 1, 'the slot due at start-up was not run (or run twice)');
  assert.deepEqual(await inboxFor(itemId), [], 'sent before the next slot');

  await env.advanceClock(24 * 3600);
  const sent = await inboxFor(itemId);
  assert.ok(sent.length >= overdue.length, `expected at least ${overdue.length} notices, got ${sent.length}`);
  for (const w of overdue) assert.ok(sent.some((n) => n.title.includes(w.period)), `no notice for ${w.period}`);
  assert.equal(await jobRuns(), 2);

  await env.advanceClock(3600);
  assert.equal((await inboxFor(itemId)).length, sent.length, 'the same slot ran twice');
  assert.equal(await jobRuns(), 2);

  await env.stop();
  await env.start();
  city.clients.cityOfficer = await loginAs(env, city.accounts.cityOfficer);
  assert.equal(await jobRuns(), 2, 'a restart ran a slot already recorded');
  assert.equal((await inboxFor(itemId)).length, sent.length);
});
