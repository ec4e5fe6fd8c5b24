#!/usr/bin/env bash
# Technology-market search benchmark (issue 4): BENCH_RECORDS synthetic demands/achievements recombined from the
# CSLDCP abstracts, indexed through the product's index path into a fresh SQLite database; then the same query set
# (400 short queries, a third with a region filter, a fifth with a field filter) raw against the database and
# through GET /api/v1/market/search, both with BENCH_CLIENTS concurrent clients; then precision@10 of the search
# pipeline against the trigram and bigram baselines (bench/search_quality, BENCH_QUALITY_SAMPLE queries).
#
# Environment: BENCH_DB (a PostgreSQL URL of an empty database; default: SQLite in the work dir), BENCH_RECORDS (200000), BENCH_CLIENTS (16), BENCH_QUALITY_SAMPLE (300; 0 skips it), KC_BIN,
#   BENCH_DIR (a temp dir; kept when set), BENCH_REUSE=1 (measure the database already imported into BENCH_DIR). Build first:
#   cmake --build build -j1 --target kechuang kc_bench_market_search kc_bench_search_quality
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KC_BIN=$(realpath -m "${KC_BIN:-$ROOT/build/kechuang}")
DRIVER="$ROOT/build/bench/market_search/kc_bench_market_search"
QUALITY="$ROOT/build/bench/search_quality/kc_bench_search_quality"
RECORDS=${BENCH_RECORDS:-200000}
CLIENTS=${BENCH_CLIENTS:-16}
SAMPLE=${BENCH_QUALITY_SAMPLE:-300}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/kc-market-bench.XXXXXX)}
DB=${BENCH_DB:-sqlite:$WORK/kc.db}
DATA="$WORK/data"
log() { echo "bench: $*" >&2; }

mkdir -p "$DATA" "$WORK/web"
if [ -z "${BENCH_REUSE:-}" ]; then
  "$KC_BIN" migrate --db "$DB" --data-dir "$DATA" >&2
  log "importing $RECORDS records into $WORK"
  "$DRIVER" import --db "$DB" --data-dir "$DATA" --records "$RECORDS" --queries-out "$WORK/queries.tsv"
fi
[ -f "$WORK/kc.db" ] && echo "database: $(du -m "$WORK/kc.db" | cut -f1) MB for $RECORDS records"

log "raw: a warm-up pass, then the measured one"
"$DRIVER" raw --db "$DB" --data-dir "$DATA" --queries "$WORK/queries.tsv" --clients "$CLIENTS" >/dev/null
"$DRIVER" raw --db "$DB" --data-dir "$DATA" --queries "$WORK/queries.tsv" --clients "$CLIENTS"

PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$KC_BIN" serve --db "$DB" --data-dir "$DATA" --listen "127.0.0.1:$PORT" --web-root "$WORK/web" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break; sleep 0.2; done
log "http: a warm-up pass (loads the segmenter), then the measured one"
node "$ROOT/bench/market_search/http_load.mjs" --url "http://127.0.0.1:$PORT" --queries "$WORK/queries.tsv" --clients "$CLIENTS" >/dev/null
node "$ROOT/bench/market_search/http_load.mjs" --url "http://127.0.0.1:$PORT" --queries "$WORK/queries.tsv" --clients "$CLIENTS"
log "suggest: 200 prefixes"
node -e '
const http=require("http");const agent=new http.Agent({keepAlive:true});
const qs=require("fs").readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean).slice(0,200).map(l=>l.split("\t")[1].slice(0,2));
const get=(p)=>new Promise((ok,no)=>http.get(p,{agent},(r)=>{r.resume();r.on("end",ok)}).on("error",no));
(async()=>{const ms=[];for(const q of qs){const t=process.hrtime.bigint();await get(`http://127.0.0.1:'"$PORT"'/api/v1/market/suggest?type=achievement&q=${encodeURIComponent(q)}`);ms.push(Number(process.hrtime.bigint()-t)/1e6)}
ms.sort((a,b)=>a-b);console.log(`suggest (one client, HTTP): p50 ${ms[ms.length>>1].toFixed(2)} ms, p95 ${ms[Math.floor(ms.length*0.95)].toFixed(2)} ms`);agent.destroy()})()' "$WORK/queries.tsv"
kill $SERVER; wait $SERVER 2>/dev/null || true

if [ "$SAMPLE" -gt 0 ]; then
  log "precision@10 on the labelled corpus ($SAMPLE queries)"
  "$QUALITY" --sample "$SAMPLE" --seed 42 --only "trigram: OR,bigram: OR,words: all tokens,feedback 5 docs [chosen]" | tail -8
fi
[ -n "${BENCH_DIR:-}" ] || rm -rf "$WORK"
