#!/usr/bin/env bash
# Query benchmark (issues 16, 17 and 14), one command for a store: serves a copy of it with `totmon serve` (one process)
# and times, with `totmon bench-query` (another process), every page of the workbench, search and the API reads at 1
# and 8 clients (p50/p95/p99), first without writes, then while one writer posts reports to the server one after
# another; then review writes through the API (POST /api/review) one after another. Prints a markdown table, the
# machine, its load before and after, and the server's peak RSS.
#
# usage: bench/query.sh DATA_DIR WRITES.jsonl [bench-query options...]
#   DATA_DIR      an H2 store (e.g. one bench/link.sh or `totmon ingest` built); it is not changed: a copy is served
#   WRITES.jsonl  reports not yet in the store, posted during the loaded runs (bench/linkcorpus.py makes them)
# Environment: SERVER_JAR (default: this checkout's jar, built by ./totmon), SERVER_HEAP (default 1g), PORT (7071),
#   COPY (where the copy goes, default a new directory in $TMPDIR or /tmp; deleted at the end unless KEEP_COPY=1; the
#   server's log is kept in the same place),
#   REVIEW_WRITES (review writes timed, default 300; 0: none).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="$1"; writes="$2"; shift 2
data="${COPY:-${TMPDIR:-/tmp}/totmon-query-copy-$$}"
log="${TMPDIR:-/tmp}/totmon-query-serve-$$.log"
[ ! -e "$data" ] || { echo "bench/query.sh: $data exists; remove it or set COPY" >&2; exit 1; }
cp -r "$store" "$data"
port="${PORT:-7071}"
(cd "$root" && ./totmon --version >/dev/null)
jar="${SERVER_JAR:-$root/cli/target/totmon.jar}"
export TOTMON_TOKEN="bench-query-token-$(date +%s)"
java -Xmx"${SERVER_HEAP:-1g}" -jar "$jar" serve --data "$data" --port "$port" > "$log" 2>&1 &
server=$!
cleanup() {
  kill $server 2>/dev/null || true
  wait $server 2>/dev/null || true
  [ "${KEEP_COPY:-0}" = 1 ] || rm -rf "$data"
}
trap cleanup EXIT
echo "bench/query.sh: waiting for the server (pid $server; it links what is not linked yet first)" >&2
until curl -sf "http://127.0.0.1:$port/api/openapi.json" >/dev/null; do
  kill -0 $server 2>/dev/null || { echo "the server stopped; see $log" >&2; exit 1; }
  sleep 2
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $jar; store: a copy of $store ($(du -sh "$data" | cut -f1))"
java -jar "$root/cli/target/totmon.jar" bench-query --url "http://127.0.0.1:$port" --writes "$writes" \
  --review-writes "${REVIEW_WRITES:-300}" "$@"
echo "server peak RSS: $(awk '/VmHWM/ {print int($2/1024) " MiB"}' /proc/$server/status); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
