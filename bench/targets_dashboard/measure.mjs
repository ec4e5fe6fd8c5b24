// Times GET /api/v1/ledger/dashboard (and warnings, bulletin) over a ledger of N items — half targets bound to
// live indicators (three distinct bindings), half monthly tasks with an accepted report — on a fresh server.
// Not a test; run by hand against any build (KC_BIN) and backend (KC_TEST_DB), e.g.
//   node bench/targets_dashboard/measure.mjs 2000
//   KC_BIN=/tmp/kechuang-old KC_SERVE_ARGS= node bench/targets_dashboard/measure.mjs 2000
import { TestEnv } from '../../tests/api/lib/harness.mjs';
import { assertOk } from '../../tests/api/lib/client.mjs';
import { buildCity } from '../../tests/api/lib/world.mjs';

const N = Number(process.argv[2] || 2000);
const ROUNDS = 5;
const YEAR = new Date().getUTCFullYear();
const serveArgs = (process.env.KC_SERVE_ARGS ?? '--ledger-warnings-hour off').split(' ').filter(Boolean);

const DOC = [
  '平顶山市科学技术局文件', `平科〔${YEAR}〕60号`, `关于印发${YEAR}年科技工作要点的通知`, '一、主要目标',
  `${YEAR}年全市新增高新技术企业20家以上。`, '二、重点任务',
  '（一）建设科技企业孵化器。完善孵化服务体系。（牵头单位：市科技局，责任单位：市发展改革委）',
  '平顶山市科学技术局', `${YEAR}年1月5日`,
].join('\n');

async function seed(env, city) {
  const c = city.clients.cityOfficer;
  const doc = assertOk(await c.post('/api/v1/policy-documents', { text: DOC }), 201);
  const confirm = async (kind) => assertOk(await c.post(`/api/v1/policy-items/${doc.items.find((i) => i.kind === kind).id}/confirm`, {})).ledger_item_id;
  const target = await confirm('target');
  const task = await confirm('responsibility');
  assertOk(await c.patch(`/api/v1/ledger/items/${target}`, { metric: { id: 'orgs_created', params: { year: YEAR, kind: 'enterprise' } } }));
  assertOk(await c.patch(`/api/v1/ledger/items/${task}`, { lead_org_id: city.orgs.baofeng.id, cycle: 'monthly' }));
  const copies = Math.ceil(N / 2) - 1;
  const params = `'{"year":${YEAR},"kind":"enterprise","region_code":"' || CASE n.i % 3 WHEN 0 THEN '410400' WHEN 1 THEN '410421' ELSE '410422' END || '"}'`;
  await env.db.sql(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})
    INSERT INTO ledger_items (policy_item_id, document_id, kind, title, target_year, target_value, unit, comparator, lead_org_id,
      lead_unit, partners, period_start, deadline, cycle, metric_id, metric_params, region_code, created_by, created_at)
    SELECT l.policy_item_id, l.document_id, l.kind, l.title || n.i, l.target_year, l.target_value, l.unit, l.comparator,
      l.lead_org_id, l.lead_unit, l.partners, l.period_start, l.deadline, l.cycle, l.metric_id,
      CASE WHEN l.metric_id IS NULL THEN NULL ELSE ${params} END, l.region_code, l.created_by, l.created_at
    FROM ledger_items l, n WHERE l.id IN (${target}, ${task})`);
  await env.db.sql(`INSERT INTO ledger_reports (item_id, report_period, progress, narrative, status, submitted_by, submitted_at)
    SELECT id, '${YEAR}-01', NULL, '进展', 'accepted', created_by, created_at FROM ledger_items WHERE kind = 'task'`);
}

async function median(client, path) {
  const times = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = process.hrtime.bigint();
    const res = await client.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text.slice(0, 200)}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(ROUNDS / 2)];
}

const env = new TestEnv({ serveArgs });
try {
  await env.setUp();
  const city = await buildCity(env);
  await seed(env, city);
  const c = city.clients.cityOfficer;
  const totals = assertOk(await c.get('/api/v1/ledger/dashboard')).totals;
  console.log(`${env.db.name}, ${totals.items} items (${totals.targets} targets), binary ${process.env.KC_BIN || 'build/kechuang'}`);
  for (const path of ['/api/v1/ledger/dashboard', '/api/v1/ledger/warnings', '/api/v1/ledger/bulletin', '/api/v1/ledger/items?page_size=100'])
    console.log(`${path}: median of ${ROUNDS} ${(await median(c, path)).toFixed(1)} ms`);
} finally {
  await env.tearDown();
}
