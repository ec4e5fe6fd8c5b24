// Matching at scale through the API (issue 4 "Matching"): publish N demands and achievements made from the CSLDCP
// abstracts, timing each approval (which now finds, stores and announces the record's matches), then time
// GET …/similar and measure precision@10 of the similar achievements of a demand against the abstracts'
// discipline (every record has the same high-tech field and the two sides sit in the same city, so only the text
// separates them), against the portal's search with the demand's first 100 characters. Not a test: run by hand,
// figures go to the module README.
//
//   node bench/market_matching/run.mjs [records=2000] [similar-samples=200]     (KC_TEST_DB as for tests/api)
import { readFileSync } from 'node:fs';
import { TestEnv } from '../../tests/api/lib/harness.mjs';
import { assertOk } from '../../tests/api/lib/client.mjs';
import { buildCity, createUser, loginAs, YEXIAN, CITY } from '../../tests/api/lib/world.mjs';

const RECORDS = Number(process.argv[2] ?? 2000);
const SAMPLES = Number(process.argv[3] ?? 200);
const CORPUS = process.env.KC_CORPUS ?? '/work/shared/data/corpus_csl/csldcp_fewclue.jsonl';
const CONTACT = { contact_name: '基准', contact_phone: '13800000000' };

function corpus(n) {
  const docs = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d.discipline);
  // Deterministic interleave so both sides get every discipline (the file is grouped by discipline).
  const out = [];
  for (let i = 0; out.length < Math.min(n, docs.length); i += 1) out.push(docs[(i * 7919) % docs.length]);
  return out;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const ms = (v) => `${v.toFixed(1)} ms`;

async function timed(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

function body(doc, kind, i) {
  const common = { title: doc.text.slice(0, 30), keywords: '', hightech_field_code: '10101', external_id: `b-${i}`, ...CONTACT };
  return kind === 'demands'
    ? { ...common, description: doc.text, region_code: YEXIAN.code, cooperation_mode: 'entrusted_dev' }
    : { ...common, abstract: doc.text, region_code: CITY.code, transfer_mode: 'license', maturity: 'pilot' };
}

async function main() {
  const env = new TestEnv();
  await env.setUp();
  try {
    const city = await buildCity(env);
    const university = await loginAs(env, await createUser(city.clients.admin, { role: 'org_user', orgId: city.orgs.university.id }));
    const sides = {
      demands: { submitter: city.clients.yexianAdmin, reviewer: city.clients.yexianOfficer },
      achievements: { submitter: university, reviewer: city.clients.cityOfficer },
    };
    const docs = corpus(RECORDS);
    const discipline = new Map();
    const publishMs = [];
    const demandIds = [];
    const demandText = new Map();
    for (const [i, doc] of docs.entries()) {
      const kind = i % 2 ? 'achievements' : 'demands';
      const item = assertOk(await sides[kind].submitter.post(`/api/v1/market/${kind}`, body(doc, kind, i)), 201);
      const [t] = await timed(async () => assertOk(await sides[kind].reviewer.post(`/api/v1/market/${kind}/${item.id}/approve`, {})));
      publishMs.push(t);
      discipline.set(`${kind}:${item.id}`, doc.discipline);
      if (kind === 'demands') {
        demandIds.push(item.id);
        demandText.set(item.id, doc.text);
      }
    }
    const quarter = Math.floor(publishMs.length / 4);
    const first = publishMs.slice(0, quarter);
    const last = publishMs.slice(-quarter);
    console.log(`records ${docs.length} (${demandIds.length} demands), backend ${env.db.url.split(':')[0]}`);
    console.log(`publish (approve + match + notify): first quarter p50 ${ms(percentile(first, 50))} p95 ${ms(percentile(first, 95))}; ` +
      `last quarter p50 ${ms(percentile(last, 50))} p95 ${ms(percentile(last, 95))}`);

    const similarMs = [];
    let relevant = 0;
    let shown = 0;
    const step = Math.max(1, Math.floor(demandIds.length / SAMPLES));
    for (let i = 0; i < demandIds.length && similarMs.length < SAMPLES; i += step) {
      const id = demandIds[i];
      const [t, res] = await timed(async () => assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/demands/${id}/similar?limit=10`)));
      similarMs.push(t);
      for (const l of res.listings) {
        shown += 1;
        if (discipline.get(`achievements:${l.id}`) === discipline.get(`demands:${id}`)) relevant += 1;
      }
    }
    // Baseline: the portal's search with the demand's first 100 characters as the query.
    let baseRelevant = 0;
    let baseShown = 0;
    for (let i = 0, n = 0; i < demandIds.length && n < SAMPLES; i += step, n += 1) {
      const id = demandIds[i];
      const q = encodeURIComponent(demandText.get(id).slice(0, 100));
      const res = assertOk(await city.clients.yexianAdmin.get(`/api/v1/market/search?q=${q}&type=achievement&limit=10`));
      for (const l of res.items) {
        baseShown += 1;
        if (discipline.get(`achievements:${l.id}`) === discipline.get(`demands:${id}`)) baseRelevant += 1;
      }
    }
    console.log(`baseline search (first 100 characters): precision@10 ${(baseRelevant / Math.max(1, baseShown)).toFixed(4)} (${baseShown} shown)`);
    console.log(`similar (limit 10), ${similarMs.length} demands: p50 ${ms(percentile(similarMs, 50))} p95 ${ms(percentile(similarMs, 95))}`);
    console.log(`precision@10 by discipline: ${(relevant / Math.max(1, shown)).toFixed(4)} (${shown} results shown)`);
    const inbox = assertOk(await city.clients.yexianAdmin.get('/api/v1/notifications?page_size=1'));
    console.log(`match notifications of the demand owner: ${inbox.total}`);
  } finally {
    await env.tearDown();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
