// GET /api/v1/market/search for every line of a query file (type \t q \t region \t field), `clients` requests in
// flight at a time over keep-alive connections; prints p50/p95/max latency and queries/s like the raw run.
//   node bench/market_search/http_load.mjs --url http://127.0.0.1:PORT --queries q.tsv [--clients 16]
import fs from 'node:fs';
import http from 'node:http';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, all) => (i % 2 ? acc : [...acc, [v.slice(2), all[i + 1]]]), []));
const clients = Number(args.clients ?? 16);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const lines = fs.readFileSync(args.queries, 'utf8').split('\n').filter(Boolean);

function get(path) {
  return new Promise((resolve, reject) => {
    http.get(args.url + path, { agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${res.statusCode} for ${path}`))));
    }).on('error', reject);
  });
}

function pathOf(line) {
  const [type, q, region, field] = line.split('\t');
  const params = new URLSearchParams({ type, q, limit: '20' });
  if (region) params.set('region', region);
  if (field) params.set('field', field);
  return `/api/v1/market/search?${params}`;
}

const ms = new Array(lines.length);
let next = 0;
async function worker() {
  for (let i = next++; i < lines.length; i = next++) {
    const t0 = process.hrtime.bigint();
    await get(pathOf(lines[i]));
    ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
}
const t0 = Date.now();
await Promise.all(Array.from({ length: clients }, worker));
const seconds = (Date.now() - t0) / 1000;
const sorted = [...ms].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`http: ${ms.length} queries, ${clients} clients: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, ` +
  `max ${pct(1).toFixed(1)} ms, ${(ms.length / seconds).toFixed(1)} queries/s`);
agent.destroy();
