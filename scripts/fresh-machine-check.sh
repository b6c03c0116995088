#!/usr/bin/env bash
# Tries the README's two commands the way a newcomer meets them: a clean clone of the committed
# HEAD in a temporary folder (no ../shared beside it, no node_modules, no web/dist, no .data), the
# installed chromium hidden (CHROMIUM_PATH names nothing) and the browser's provisioning forced, so
# `npm test` really installs chromium and the CJK font through apt, as on a machine without them.
#
#   bash scripts/fresh-machine-check.sh            # PGlite, and Postgres when 127.0.0.1:5432 answers
#
# Takes about as long as CI (two full test runs) plus an install; prints one line per check.
set -uo pipefail

# The whole script is one function, read in full before it runs, so editing this file during a
# run cannot change the run.
main() {
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t huigong-fresh-XXXXXX)"
clone="$work/huigong"
port=$((20000 + RANDOM % 20000))
failures=0
trap 'rm -rf "$work"' EXIT

check() { # check <description> <command...>
  local what="$1"; shift
  if "$@"; then echo "ok   - $what"; else echo "FAIL - $what"; failures=$((failures + 1)); fi
}

if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes are not part of the check (it clones HEAD)"
fi
git clone -q "$repo" "$clone" && git -C "$clone" checkout -q "$(git -C "$repo" rev-parse HEAD)"
cd "$clone" || exit 1
echo "== clean clone of $(git rev-parse --short HEAD) in $clone (node $(node -v), npm $(npm -v))"

# The README stands alone: every link points inside the repository (or at the local server).
outside=$(node -e '
  const { readFileSync, existsSync } = require("node:fs");
  const { dirname, resolve, relative } = require("node:path");
  for (const file of process.argv.slice(1)) {
    const text = readFileSync(file, "utf8");
    for (const [, target] of Array.from(text.matchAll(/\]\(([^)\s]+)\)|<(?=[a-z]+:)([^>]+)>/g), (m) => [m[0], m[1] ?? m[2]])) {
      if (/^[a-z]+:/i.test(target)) {
        if (!/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(target)) console.log(`${file}: ${target}`);
        continue;
      }
      const path = target.split("#")[0];
      if (!path) continue;
      const full = resolve(dirname(file), path);
      if (relative(process.cwd(), full).startsWith("..") || !existsSync(full)) console.log(`${file}: ${target}`);
    }
  }' README.md docs/*.md || echo "the link check itself failed")
check "README and docs/ link only inside the repository${outside:+: $outside}" test -z "$outside"

# 1. npm install && npm start
npm install > "$work/install.log" 2>&1
install_status=$?
check "npm install succeeds ($(grep -c . "$work/install.log") lines of output)" test "$install_status" -eq 0
engine_warnings=$(grep -c EBADENGINE "$work/install.log")
check "npm install prints no EBADENGINE ($engine_warnings)" test "$engine_warnings" -eq 0
script_warnings=$(grep -c 'install-scripts' "$work/install.log")
check "npm install has no unreviewed install scripts ($script_warnings lines)" test "$script_warnings" -eq 0

start_server() { # start_server <log>: npm start on a port of its own; waits until /health answers
  PORT=$port setsid npm start > "$1" 2>&1 &
  server_pid=$!
  local started=$SECONDS
  for _ in $(seq 1 600); do curl -sf "http://localhost:$port/health" > /dev/null && break; sleep 0.5; done
  ready_after=$((SECONDS - started))
}
stop_server() { kill -TERM -- "-$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; }

start_server "$work/start1.log"
check "first npm start is up (${ready_after} s: storefront build, migrations, demo data)" curl -sf -o /dev/null "http://localhost:$port/"
check "it prints the storefront's address once" test "$(grep -c "storefront http://localhost:$port/" "$work/start1.log")" -eq 1
curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://localhost:$port/graphql"
sleep 0.5
check "a request is one short log line" grep -q "\"msg\":\"POST /graphql 200 [0-9]*ms\"" "$work/start1.log"
check "/graphql shows the explorer to a browser" sh -c "curl -s -H 'accept: text/html' http://localhost:$port/graphql | grep -q /explorer/graphiql.js"
stop_server
start_server "$work/start2.log"
check "a restart with unchanged sources is ready in ${ready_after} s (no storefront build)" sh -c "[ $ready_after -le 10 ] && ! grep -q 'building the storefront' '$work/start2.log'"
stop_server
echo "---- second npm start printed:"; sed 's/^/     /' "$work/start2.log"; echo "----"

# 2. npm test, on PGlite and on Postgres; the first run has to provision the browser itself.
run_tests() { # run_tests <name> [env...]
  local name="$1"; shift
  env "$@" VITEST_JSON="$work/$name.json" npm test > "$work/test-$name.log" 2>&1
  local status=$?
  grep -E '^== (re)?install|browser tests:' "$work/test-$name.log" | sed 's/^/     /'
  local summary
  summary=$(node -e 'const r=require(process.argv[1]);console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped, ${r.numFailedTestSuites} files failed`)' "$work/$name.json" 2>/dev/null || echo "no report")
  check "npm test on $name: $summary" test "$status" -eq 0
  [ "$status" -eq 0 ] || tail -n 30 "$work/test-$name.log"
}
run_tests pglite CHROMIUM_PATH=/nonexistent/chromium HUIGONG_PROVISION_BROWSER=force
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  run_tests postgres CHROMIUM_PATH=/nonexistent/chromium DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
else
  echo "skip - npm test on Postgres (nothing answers on 127.0.0.1:5432)"
fi

echo "== $failures check(s) failed"
return $((failures > 0))
}
main "$@"
exit $?
