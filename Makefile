# kechuang — two commands do all the set-up on a fresh Debian 12 machine (as root):
#   make run    install what is missing, build, migrate, load demo data on first start, serve on SQLite
#   make test   install what is missing, build, run every test (unit, ASan+UBSan, API on SQLite and
#               PostgreSQL, web unit tests, browser tests in Chromium); ends with "N passed, M failed"
SHELL := /bin/bash
JOBS ?= 2
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1
DATA_DIR ?= var
LISTEN ?= 127.0.0.1:8080
DEMO_ORGS ?= 2000

.PHONY: run test build web deps test-deps asan bench clean

deps:
	bash scripts/install-deps.sh build

test-deps:
	bash scripts/install-deps.sh test

build/build.ninja:
	cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release

build: build/build.ninja
	cmake --build build -j$(JOBS)

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

web: web/node_modules/.installed
	cd web && npm run build --silent

run: deps build web
	./build/kechuang migrate --data-dir $(DATA_DIR)
	./build/kechuang demo-data --data-dir $(DATA_DIR) --orgs $(DEMO_ORGS) --seed 1
	@echo "kechuang: open http://$(LISTEN)"
	./build/kechuang serve --data-dir $(DATA_DIR) --listen $(LISTEN)

build-asan/build.ninja:
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKC_SANITIZE=ON

asan: build-asan/build.ninja
	cmake --build build-asan -j$(JOBS) --target kc_unit_tests

test: test-deps build asan web
	bash scripts/run-tests.sh

bench: build web
	bash scripts/install-deps.sh bench
	bash bench/http/run.sh

clean:
	rm -rf build build-asan web/dist
