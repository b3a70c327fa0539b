#!/usr/bin/env bash
# Cold start: from launching the production server on a new PGlite folder to the first page served.
set -e
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
start=$(date +%s%N)
NODE_ENV=production PORT=3411 HOSTNAME=127.0.0.1 AUTH_SECRET=$(openssl rand -base64 33) PGLITE_DIR=$dir/pglite DEMO=1 node --import tsx --import ./scripts/server-only-hook.mjs server.ts >/tmp/cold.log 2>&1 &
pid=$!
until curl -sf -o /dev/null http://127.0.0.1:3411/; do sleep 0.05; done
end=$(date +%s%N)
echo "cold start to first page: $(( (end-start)/1000000 )) ms"
start=$(date +%s%N); curl -sf -o /dev/null http://127.0.0.1:3411/sign-in; end=$(date +%s%N)
echo "second page: $(( (end-start)/1000000 )) ms"
kill $pid; wait $pid 2>/dev/null || true; rm -rf $dir
