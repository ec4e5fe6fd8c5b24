#!/usr/bin/env bash
# The whole test run behind `make test` (run it after building build/kechuang and build/kc_unit_tests).
#
# Suites, in order: unit (gtest), unit-asan (build-asan/kc_unit_tests, if built), api-sqlite, api-postgresql
# (a throwaway PostgreSQL 15 started here and always removed), api-asan (the API tests on SQLite against
# build-asan/kechuang, if built), web-unit (vitest) and web-e2e (browser tests against a server started here
# with demo data). Each suite prints one summary line; the run ends with exactly
# one line "N passed, M failed" and exits non-zero if anything failed or a suite crashed.
#
# Environment: KC_BUILD_DIR (default build), KC_ASAN_BUILD_DIR (default build-asan),
#   KC_TEST_SUITES=unit,api-sqlite,… to run only some suites, KC_SUITE_TIMEOUT seconds per suite (default 1200).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD_DIR=${KC_BUILD_DIR:-build}
ASAN_DIR=${KC_ASAN_BUILD_DIR:-build-asan}
LSAN_SUPPRESSIONS="suppressions=$ROOT/scripts/lsan-suppressions.txt"
SUITE_TIMEOUT=${KC_SUITE_TIMEOUT:-1200}
KC_BIN_PATH=$(realpath -m "$BUILD_DIR/kechuang")
WORK=$(mktemp -d /tmp/kc-run-tests.XXXXXX)
chmod 755 "$WORK" # the throwaway PostgreSQL runs as user postgres and lives below it

total_pass=0
total_fail=0
crashed=0
summary=()
cleanups=()

cleanup() {
  local i
  for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[$i]}" || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wanted() { [ -z "${KC_TEST_SUITES:-}" ] || [[ ",$KC_TEST_SUITES," == *",$1,"* ]]; }

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Exit status 0 when URL answers 200 (node instead of curl: one dependency fewer).
http_ok() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$1"
}

# ---- parsing runner output: each parser prints "PASSED FAILED" or nothing ----------------------------

strip_ansi() { sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g'; }

parse_gtest() {
  local p f
  p=$(grep -oE '^\[  PASSED  \] [0-9]+ test' "$1" | tail -1 | grep -oE '[0-9]+')
  f=$(grep -oE '^\[  FAILED  \] [0-9]+ test' "$1" | tail -1 | grep -oE '[0-9]+')
  [ -n "$p" ] && echo "$p ${f:-0}"
}

# node --test: TAP ("# pass N") or spec ("ℹ pass N"); cancelled tests count as failed.
parse_node_test() {
  local text p f c
  text=$(strip_ansi <"$1")
  p=$(grep -oE '^(#|ℹ) pass [0-9]+' <<<"$text" | tail -1 | grep -oE '[0-9]+$')
  f=$(grep -oE '^(#|ℹ) fail [0-9]+' <<<"$text" | tail -1 | grep -oE '[0-9]+$')
  c=$(grep -oE '^(#|ℹ) cancelled [0-9]+' <<<"$text" | tail -1 | grep -oE '[0-9]+$')
  [ -n "$p" ] && echo "$p $((${f:-0} + ${c:-0}))"
}

# vitest: " Tests  12 passed | 1 failed (13)"
parse_vitest() {
  local line p f
  line=$(strip_ansi <"$1" | grep -E '^\s*Tests\s+.*\([0-9]+\)' | tail -1)
  [ -n "$line" ] || return 0
  p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  echo "${p:-0} ${f:-0}"
}

parse_any() { parse_node_test "$1" || parse_vitest "$1" || parse_gtest "$1"; }

# ---- running one suite ------------------------------------------------------------------------------

record() { # name passed failed note
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  summary+=("$(printf '%-16s passed %5d   failed %4d   %s' "$1" "$2" "$3" "$4")")
}

skip() { summary+=("$(printf '%-16s skipped: %s' "$1" "$2")"); }

# run_suite NAME PARSER PARSE_FILE COMMAND... — output goes to the terminal and to $WORK/NAME.log;
# PARSE_FILE is the file the parser reads (the log unless the runner writes a separate report).
run_suite() {
  local name=$1 parser=$2 parse_file=$3 rc counts
  shift 3
  local log="$WORK/$name.log"
  [ "$parse_file" = "-" ] && parse_file=$log
  echo
  echo "=== $name: $*"
  timeout --kill-after=30 "$SUITE_TIMEOUT" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  counts=$($parser "$parse_file" 2>/dev/null)
  if [ -z "$counts" ]; then
    crashed=1
    record "$name" 0 0 "CRASHED (exit $rc, no test summary)"
    return
  fi
  set -- $counts
  if [ "$rc" -ne 0 ] && [ "$2" -eq 0 ]; then
    crashed=1
    record "$name" "$1" "$2" "CRASHED (exit $rc although no test failed)"
  else
    record "$name" "$1" "$2" ""
  fi
}

# ---- suites -----------------------------------------------------------------------------------------

unit_suites() {
  if wanted unit; then
    if [ -x "$BUILD_DIR/kc_unit_tests" ]; then
      run_suite unit parse_gtest - "$BUILD_DIR/kc_unit_tests" --gtest_brief=1
    else
      crashed=1; record unit 0 0 "CRASHED ($BUILD_DIR/kc_unit_tests not built)"
    fi
  fi
  if wanted unit-asan; then
    if [ -x "$ASAN_DIR/kc_unit_tests" ]; then
      ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} LSAN_OPTIONS=${LSAN_OPTIONS:-$LSAN_SUPPRESSIONS} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} run_suite unit-asan parse_gtest - "$ASAN_DIR/kc_unit_tests" --gtest_brief=1
    else
      skip unit-asan "$ASAN_DIR/kc_unit_tests not built (cmake -B $ASAN_DIR -DKC_SANITIZE=ON)"
    fi
  fi
}

api_suite() { # name KC_TEST_DB [binary]
  local name=$1 tap="$WORK/$1.tap" bin=${3:-$KC_BIN_PATH}
  if [ ! -x "$bin" ]; then
    crashed=1; record "$name" 0 0 "CRASHED ($bin not built)"; return
  fi
  KC_BIN=$bin KC_TEST_DB=$2 run_suite "$name" parse_node_test "$tap" \
    node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" tests/api/*.test.mjs
}

api_suites() {
  wanted api-sqlite && api_suite api-sqlite sqlite
  if wanted api-postgresql; then
    local dir="$WORK/pg" port url
    port=$(free_port)
    cleanups+=("scripts/pg-throwaway.sh stop '$dir' $port")
    if url=$(scripts/pg-throwaway.sh start "$dir" "$port"); then
      api_suite api-postgresql "$url"
    else
      crashed=1; record api-postgresql 0 0 "CRASHED (could not start PostgreSQL)"
    fi
    scripts/pg-throwaway.sh stop "$dir" "$port"
  fi
  if wanted api-asan; then
    # Leaks and memory errors make the server exit non-zero at SIGTERM, which the harness reports.
    if [ -x "$ASAN_DIR/kechuang" ]; then
      ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=${LSAN_OPTIONS:-$LSAN_SUPPRESSIONS} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} api_suite api-asan sqlite "$(realpath "$ASAN_DIR/kechuang")"
    else
      skip api-asan "$ASAN_DIR/kechuang not built (cmake --build $ASAN_DIR --target kechuang)"
    fi
  fi
}

web_has_script() { [ -f web/package.json ] && node -e "process.exit(require('./web/package.json').scripts?.['$1'] ? 0 : 1)"; }

web_install() {
  [ -d web/node_modules ] && return 0
  if [ -f web/package-lock.json ]; then npm --prefix web ci --no-audit --no-fund; else npm --prefix web install --no-audit --no-fund; fi
}

# Starts kechuang for the browser tests: fresh SQLite db with demo data and an admin; sets E2E_* variables.
start_e2e_server() {
  local dir="$WORK/e2e" db port
  mkdir -p "$dir/data"
  db="sqlite:$dir/kc.db"
  port=$(free_port)
  E2E_ADMIN_USERNAME=e2eadmin # demo-data makes its own "admin"; this one has a known password
  E2E_ADMIN_PASSWORD='Kc-E2e#2026-Strong'
  "$KC_BIN_PATH" migrate --db "$db" --data-dir "$dir/data" >"$dir/setup.log" 2>&1 &&
    "$KC_BIN_PATH" demo-data --orgs 60 --seed 1 --db "$db" --data-dir "$dir/data" >>"$dir/setup.log" 2>&1 &&
    echo "$E2E_ADMIN_PASSWORD" | "$KC_BIN_PATH" user add --role admin --username "$E2E_ADMIN_USERNAME" \
      --password-stdin --db "$db" --data-dir "$dir/data" >>"$dir/setup.log" 2>&1 ||
    { cat "$dir/setup.log"; return 1; }
  "$KC_BIN_PATH" serve --db "$db" --data-dir "$dir/data" --listen "127.0.0.1:$port" --web-root "$ROOT/web/dist" \
    >"$dir/serve.log" 2>&1 &
  E2E_PID=$!
  cleanups+=("kill -TERM $E2E_PID 2>/dev/null; wait $E2E_PID 2>/dev/null")
  E2E_BASE_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 200); do
    http_ok "$E2E_BASE_URL/api/v1/health" && return 0
    kill -0 "$E2E_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$dir/serve.log"
  return 1
}

web_suites() {
  if wanted web-unit; then
    if web_has_script test; then
      if web_install; then
        run_suite web-unit parse_vitest - npm --prefix web test --silent
      else
        crashed=1; record web-unit 0 0 "CRASHED (npm install failed)"
      fi
    else
      skip web-unit "no web/package.json with a test script"
    fi
  fi
  if wanted web-e2e; then
    if ! web_has_script e2e || [ -z "$(find web/e2e -name '*.js' -o -name '*.mjs' -o -name '*.ts' 2>/dev/null | grep -v helpers | head -1)" ]; then
      skip web-e2e "web/ has no e2e tests"
      return
    fi
    if [ ! -x "$KC_BIN_PATH" ]; then crashed=1; record web-e2e 0 0 "CRASHED ($KC_BIN_PATH not built)"; return; fi
    if ! web_install || { [ ! -f web/dist/index.html ] && ! npm --prefix web run build; }; then
      crashed=1; record web-e2e 0 0 "CRASHED (web build failed)"; return
    fi
    if start_e2e_server; then
      KC_BASE_URL=$E2E_BASE_URL KC_ADMIN_USER=$E2E_ADMIN_USERNAME KC_ADMIN_USERNAME=$E2E_ADMIN_USERNAME \
        KC_ADMIN_PASSWORD=$E2E_ADMIN_PASSWORD \
        run_suite web-e2e parse_any - npm --prefix web run e2e --silent
    else
      crashed=1; record web-e2e 0 0 "CRASHED (could not start the server for the browser tests)"
    fi
  fi
}

unit_suites
api_suites
web_suites

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
[ "$crashed" -eq 0 ] || echo "at least one suite crashed (see above)"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ "$crashed" -eq 0 ]
