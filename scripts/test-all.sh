#!/usr/bin/env bash
# `npm test`: every test tier, on a machine that has only what `npm install` brought.
#   0. web unit tests
#   1. API unit + integration tests on the embedded database (PGlite)
#   2. the same tests on a PostgreSQL server, plus the shared throttling store in PostgreSQL and Redis
#      (each started if it is installed but not running)
#   3. build of API and web, then end-to-end tests in Debian's Chromium (installed if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Web unit tests"
(cd web && vitest run)

step "API tests on embedded PostgreSQL (PGlite)"
# The fuzzer attacks the GraphQL layer, the same on both engines: 1,500 of its operations here, all 4,000 on the server.
(cd services/api && env -u TEST_DATABASE_URL FUZZ_OPERATIONS="${FUZZ_OPERATIONS:-1500}" vitest run)

step "API tests on the PostgreSQL server (and Redis)"
TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
if ! bash scripts/ensure-postgres.sh "$TEST_DATABASE_URL"; then
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL is required in CI but could not be reached or started." >&2
    exit 1
  fi
  echo "SKIPPED: no PostgreSQL server reachable at $TEST_DATABASE_URL (the embedded run above covered the same tests)."
elif ! bash scripts/ensure-redis.sh "$TEST_REDIS_URL"; then
  if [ "${CI:-}" = "true" ]; then
    echo "Redis is required in CI but could not be reached or started at $TEST_REDIS_URL." >&2
    exit 1
  fi
  echo "SKIPPED: no Redis server reachable at $TEST_REDIS_URL; the server run tests the shared throttling store in it (install redis-server or set TEST_REDIS_URL)."
else
  (cd services/api && TEST_DATABASE_URL="$TEST_DATABASE_URL" TEST_REDIS_URL="$TEST_REDIS_URL" vitest run)
fi

step "Build API and web"
TURBO_TELEMETRY_DISABLED=1 turbo run build --filter=@verbund/api --filter=@verbund/web --output-logs=errors-only

step "End-to-end tests in Chromium"
bash scripts/ensure-chromium.sh
(cd tests && vitest run --config e2e/vitest.config.ts)
