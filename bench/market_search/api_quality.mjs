// Precision@10 of the product's own search, through GET /api/v1/market/search, on the labelled abstracts of
// ../shared/data/corpus_csl (issue 4: "query with text of one record and count how many of the top 10 share its
// discipline"). The 5,888 labelled abstracts are imported as achievements with `kechuang import` (external_id =
// csl-<line>), a server is started, and the first 100 characters of N sampled abstracts are sent as q; the record
// itself is left out of its top 10. The trigram and bigram baselines come from kc_bench_search_quality in the same
// run (its own FTS5 indexes over the same corpus, `--sample` queries of the same kind).
//
//   node bench/market_search/api_quality.mjs [N=300] [seed=42]      (needs build/kechuang and, for the baselines,
//                                                                       build/bench/search_quality/kc_bench_search_quality)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.KC_BIN ?? join(ROOT, 'build/kechuang');
const QUALITY = join(ROOT, 'build/bench/search_quality/kc_bench_search_quality');
const CORPUS = resolve(ROOT, '../shared/data/corpus_csl/csldcp_fewclue.jsonl');
const N = Number(process.argv[2] ?? 300);
const SEED = Number(process.argv[3] ?? 42);

// A small deterministic generator (mulberry32) so that a run can be repeated.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const freePort = () => new Promise((ok) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }); });

const labelled = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.discipline);
const work = mkdtempSync(join(tmpdir(), 'kc-api-quality-'));
const db = `sqlite:${join(work, 'kc.db')}`;
const data = join(work, 'data');
const run = (...args) => execFileSync(BIN, [...args, '--db', db, '--data-dir', data], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

execFileSync('mkdir', ['-p', data]);
run('migrate');
run('demo-data', '--orgs', '50', '--seed', '1');
const creditCode = execFileSync('sqlite3', [join(work, 'kc.db'), "SELECT credit_code FROM orgs WHERE kind = 'university' AND status = 'approved' LIMIT 1"], { encoding: 'utf8' }).trim();
const label = new Map();
const rows = labelled.map((r, i) => {
  const externalId = `csl-${i}`;
  label.set(externalId, r.discipline);
  return JSON.stringify({ title: r.text.slice(0, 30), abstract: r.text, hightech_field_code: '10101', region_code: '410402',
    transfer_mode: 'transfer', maturity: 'research', contact_name: '联系人', contact_phone: '13800000000', external_id: externalId });
});
writeFileSync(join(work, 'records.jsonl'), rows.join('\n') + '\n');
let t0 = Date.now();
try {
  run('import', 'achievements', '--file', join(work, 'records.jsonl'), '--org-credit-code', creditCode);
} catch (e) {
  throw new Error(`import failed: ${e.stderr ?? e.message}`);
}
console.log(`import: ${labelled.length} labelled abstracts in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const port = await freePort();
const server = spawn(BIN, ['serve', '--db', db, '--data-dir', data, '--listen', `127.0.0.1:${port}`], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch { /* not yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const next = random(SEED);
const picked = new Set();
while (picked.size < Math.min(N, labelled.length)) picked.add(Math.floor(next() * labelled.length));
let hits = 0;
let shown = 0;
const times = [];
for (const i of picked) {
  const q = labelled[i].text.slice(0, 100);
  t0 = performance.now();
  const res = await fetch(`${base}/api/v1/market/search?type=achievement&limit=11&q=${encodeURIComponent(q)}`);
  times.push(performance.now() - t0);
  const body = await res.json();
  if (!res.ok) throw new Error(`search failed: ${JSON.stringify(body)}`);
  const top = body.items.filter((it) => it.external_id !== `csl-${i}`).slice(0, 10);
  hits += top.filter((it) => label.get(it.external_id) === labelled[i].discipline).length;
  shown += 10;
}
server.kill('SIGTERM');
times.sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`api search (kechuang, GET /api/v1/market/search): P@10 ${(hits / shown).toFixed(4)} over ${picked.size} queries, ` +
  `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (one client)`);

if (existsSync(QUALITY)) {
  const out = execFileSync(QUALITY, ['--corpus', CORPUS, '--sample', String(N), '--seed', String(SEED)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  console.log(out.split('\n').filter((l) => /^(method|trigram|bigram)/.test(l)).join('\n'));
} else {
  console.log(`baselines: build ${QUALITY} to print them in the same run`);
}
rmSync(work, { recursive: true, force: true });
