#!/usr/bin/env bash
# Query benchmark (issues 16 and 17): serves a store with `totmon serve` (one process) and times its searches, pages and
# API reads with `totmon bench-query` (another process) at 1 and 8 clients, first without writes, then while one
# writer posts reports to the server one after another. Prints a markdown table and the server's peak RSS.
#
# usage: bench/query.sh DATA_DIR WRITES.jsonl [bench-query options...]
#   DATA_DIR      an H2 store (e.g. one bench/link.sh built); it is served as it is, and the writes are added to it
#   WRITES.jsonl  reports not yet in the store, posted during the loaded runs (bench/linkcorpus.py makes them)
# Environment: SERVER_JAR (default: this checkout's jar, built by ./totmon), SERVER_HEAP (default 1g), PORT (7071).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$1"; writes="$2"; shift 2
port="${PORT:-7071}"
(cd "$root" && ./totmon --version >/dev/null)
jar="${SERVER_JAR:-$root/cli/target/totmon.jar}"
export TOTMON_TOKEN="bench-query-token-$(date +%s)"
java -Xmx"${SERVER_HEAP:-1g}" -jar "$jar" serve --data "$data" --port "$port" > "$data.serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
echo "bench/query.sh: waiting for the server (pid $server; it links what is not linked yet first)" >&2
until curl -sf "http://127.0.0.1:$port/api/openapi.json" >/dev/null; do
  kill -0 $server 2>/dev/null || { echo "the server stopped; see $data.serve.log" >&2; exit 1; }
  sleep 2
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $jar; store: $data ($(du -sh "$data" | cut -f1))"
java -jar "$root/cli/target/totmon.jar" bench-query --url "http://127.0.0.1:$port" --writes "$writes" "$@"
echo "server peak RSS: $(awk '/VmHWM/ {print int($2/1024) " MiB"}' /proc/$server/status); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
