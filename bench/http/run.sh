#!/usr/bin/env bash
# HTTP benchmark of kechuang against nginx serving static files of the same body sizes.
#
# Loads 200,000 organisations (kechuang demo-data --orgs 200000 --seed 1) into a temp SQLite database,
# starts kechuang and nginx on 127.0.0.1, and runs wrk (same threads, connections and duration for both)
# against GET /api/v1/health and an authenticated GET /api/v1/orgs/{id}. Prints a Markdown table for
# docs/benchmarks.md: req/s of both and their ratio, p99 latency, and kechuang's peak resident memory.
#
# Environment: KC_BIN (default build/kechuang), BENCH_ORGS (200000), BENCH_THREADS (2),
#   BENCH_CONNECTIONS (64), BENCH_DURATION (10s), BENCH_WARMUP (2s), BENCH_ROUNDS (2: kechuang and nginx
#   alternate, the best round of each counts, which damps the noise of a shared machine), BENCH_SERVE_ARGS
#   (extra flags for kechuang serve, e.g. "--access-log false"). Needs wrk, nginx and curl (Debian: wrk nginx-light curl);
#   installs them when missing and running as root. Progress goes to stderr, the table to stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KC_BIN=$(realpath -m "${KC_BIN:-$ROOT/build/kechuang}")
ORGS=${BENCH_ORGS:-200000}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-2s}
ROUNDS=${BENCH_ROUNDS:-2}
read -r -a SERVE_ARGS <<<"${BENCH_SERVE_ARGS:-}"
ADMIN_USERNAME=bench_admin # demo-data makes its own "admin"
ADMIN_PASSWORD='Kc-Bench#2026-Strong'
HOST=127.0.0.1

log() { echo "bench: $*" >&2; }
die() { log "$*"; exit 1; }

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}; run: sudo apt-get install ${missing[*]}"
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# ---- kechuang ---------------------------------------------------------------------------------------

start_kechuang() {
  local db="sqlite:$WORK/kc.db" data="$WORK/data"
  mkdir -p "$data" "$WORK/web"
  "$KC_BIN" migrate --db "$db" --data-dir "$data" >&2
  log "loading $ORGS organisations (demo-data --seed 1)"
  local t0=$SECONDS
  "$KC_BIN" demo-data --orgs "$ORGS" --seed 1 --db "$db" --data-dir "$data" >&2
  LOAD_SECONDS=$((SECONDS - t0))
  echo "$ADMIN_PASSWORD" | "$KC_BIN" user add --role admin --username "$ADMIN_USERNAME" --password-stdin --db "$db" --data-dir "$data" >&2
  KC_PORT=$(free_port)
  "$KC_BIN" serve --db "$db" --data-dir "$data" --listen "$HOST:$KC_PORT" --web-root "$WORK/web" \
    "${SERVE_ARGS[@]}" >"$WORK/kechuang.log" 2>&1 &
  KC_PID=$!
  for _ in $(seq 1 200); do
    curl -fsS "http://$HOST:$KC_PORT/api/v1/health" >/dev/null 2>&1 && return
    kill -0 "$KC_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$WORK/kechuang.log" >&2
  die "kechuang did not start"
}

# Logs in as the bench administrator; sets SESSION_COOKIE ("kc_session=…").
login() {
  local headers="$WORK/login.headers"
  curl -fsS -o /dev/null -D "$headers" -H 'content-type: application/json' \
    --data "{\"username\":\"$ADMIN_USERNAME\",\"password\":\"$ADMIN_PASSWORD\"}" "http://$HOST:$KC_PORT/api/v1/auth/login" \
    || die "login failed"
  SESSION_COOKIE=$(grep -i '^set-cookie: kc_session=' "$headers" | head -1 | sed -E 's/^[^:]*: *//; s/;.*//; s/\r//')
  [ -n "$SESSION_COOKIE" ] || die "login set no kc_session cookie"
}

# Picks an organisation from the middle of the list; sets ORG_ID.
pick_org() {
  local page=$((ORGS / 2))
  ORG_ID=$(curl -fsS -H "cookie: $SESSION_COOKIE" "http://$HOST:$KC_PORT/api/v1/orgs?page=$page&page_size=1" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')
  [ -n "$ORG_ID" ] || die "could not pick an organisation"
}

peak_rss_mb() { awk '/^VmHWM:/ {printf "%.1f", $2 / 1024}' "/proc/$KC_PID/status"; }

# ---- nginx with the same bodies ---------------------------------------------------------------------

# Saves our response body for PATH as static file NAME, so nginx serves exactly as many bytes.
copy_body() {
  curl -fsS -H "cookie: $SESSION_COOKIE" -o "$WORK/static/$2" "http://$HOST:$KC_PORT$1" || die "GET $1 failed"
}

start_nginx() {
  NGINX_PORT=$(free_port)
  mkdir -p "$WORK/nginx/tmp"
  chmod 755 "$WORK" "$WORK/static" && chmod 644 "$WORK"/static/*
  cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes $THREADS;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  tcp_nodelay on;
  default_type application/json;
  server {
    listen $HOST:$NGINX_PORT;
    root $WORK/static;
  }
}
CONF
  nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "http://$HOST:$NGINX_PORT/health.json" 2>/dev/null && return
    sleep 0.1
  done
  cat "$WORK/nginx/error.log" >&2
  die "nginx did not start"
}

# ---- wrk ----------------------------------------------------------------------------------------------

# Runs wrk against URL (with the session cookie) and prints "REQ_PER_SEC P99_MS".
measure() {
  local url=$1 out="$WORK/wrk.out" script="$WORK/cookie.lua"
  printf 'wrk.headers["Cookie"] = "%s"\n' "$SESSION_COOKIE" >"$script"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url" >"$out"
  cat "$out" >&2
  if grep -q 'Non-2xx or 3xx responses' "$out"; then die "$url answered errors during the run"; fi
  awk '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    END { printf "%.0f %.2f\n", rps, p99 }' "$out"
}

# Measures URL in round ROUND and keeps the best "REQ_PER_SEC P99_MS" so far in file BEST.
measure_round() {
  local url=$1 best=$2 result
  result=$(measure "$url") || die "wrk failed on $url"
  [ -n "$result" ] || die "wrk printed no result for $url"
  if [ ! -s "$best" ] || awk -v new="${result%% *}" '{ exit !(new > $1) }' "$best"; then echo "$result" >"$best"; fi
}

# ---- main ---------------------------------------------------------------------------------------------

cleanup() {
  [ -n "${NGINX_PID:-}" ] && kill -TERM "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  [ -n "${KC_PID:-}" ] && kill -TERM "$KC_PID" 2>/dev/null && wait "$KC_PID" 2>/dev/null
  rm -rf "$WORK"
}

main() {
  [ -x "$KC_BIN" ] || die "$KC_BIN not found (build it first or set KC_BIN)"
  ensure_tools
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  WORK=$(mktemp -d /tmp/kc-bench.XXXXXX)
  trap cleanup EXIT
  start_kechuang
  login
  pick_org
  mkdir -p "$WORK/static"
  copy_body /api/v1/health health.json
  copy_body "/api/v1/orgs/$ORG_ID" org.json
  start_nginx

  local rows=() name path file round kc_rps kc_p99 ng_rps ng_p99
  for name in health org; do
    if [ $name = health ]; then path=/api/v1/health; file=health.json; else path=/api/v1/orgs/$ORG_ID; file=org.json; fi
    for round in $(seq 1 "$ROUNDS"); do
      log "round $round: wrk $path"
      measure_round "http://$HOST:$KC_PORT$path" "$WORK/best-kc-$name"
      log "round $round: wrk nginx /$file"
      measure_round "http://$HOST:$NGINX_PORT/$file" "$WORK/best-nginx-$name"
    done
    read -r kc_rps kc_p99 <"$WORK/best-kc-$name"
    read -r ng_rps ng_p99 <"$WORK/best-nginx-$name"
    rows+=("$(awk -v p="GET $path" -v b="$(stat -c %s "$WORK/static/$file")" -v kr="$kc_rps" -v kp="$kc_p99" \
      -v nr="$ng_rps" -v np="$ng_p99" \
      'BEGIN { printf "| `%s` | %d | %d | %d | **%.2f×** | %.2f ms | %.2f ms |", p, b, kr, nr, kr / nr, kp, np }')")
  done
  local rss
  rss=$(peak_rss_mb)

  cat <<TABLE
### HTTP throughput: kechuang vs nginx (static file of the same size)

$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, best of $ROUNDS alternating rounds,
SQLite with $ORGS organisations (demo-data --seed 1, loaded in ${LOAD_SECONDS}s), everything on 127.0.0.1; $(nginx -v 2>&1 | sed 's/.*: //'), nginx $THREADS workers;
kechuang serve flags: ${BENCH_SERVE_ARGS:-(defaults)};
load average before the run: $LOAD_BEFORE (the machine is shared: compare ratios, not absolute figures).

| Request | Body bytes | kechuang req/s | nginx req/s | kechuang / nginx | kechuang p99 | nginx p99 |
|---|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")

Peak resident memory of kechuang (VmHWM) after all runs: **$rss MB**.
TABLE
}

main "$@"
