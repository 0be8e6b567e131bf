#!/usr/bin/env bash
# Ingest-and-link benchmark: generates varied reports from the sample sentences (bench/linkcorpus.py) and ingests
# them into one H2 store in slices with `totmon ingest` (each slice one whole process, timed with /usr/bin/time),
# so the rate of each slice shows whether linking stays flat as the store grows. After each slice: the store's size
# on disk (database and search index) and per report.
#
# usage: bench/link.sh [TOTAL...]   the store's size after each slice (default: 1000 10000 100000 110000)
# Environment: BENCH_OUT (default bench-out/, git-ignored), BENCH_DATA (the store's directory, default
# $BENCH_OUT/link-data: put it outside the output folder to keep the store), TOTMON_JAVA_OPTS (passed to ./totmon), SEED.
# Prints a markdown table at the end, also written to $BENCH_OUT/link-results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_OUT:-$root/bench-out}"
totals=("$@")
[ ${#totals[@]} -gt 0 ] || totals=(1000 10000 100000 110000)
[ -x /usr/bin/time ] || { echo "link.sh: installing GNU time" >&2; apt-get install -y -q time >&2; }
mkdir -p "$out"
data="${BENCH_DATA:-$out/link-data}"
rm -rf "$data" "$out/link-slices"
mkdir -p "$out/link-slices"

echo "== building" >&2
(cd "$root" && ./totmon --version >/dev/null)

last="${totals[${#totals[@]}-1]}"
echo "== generating $last reports" >&2
python3 "$root/bench/linkcorpus.py" "$root/samples" "$last" "$out/link-slices/all.jsonl" "${SEED:-11}"
prev=0
for t in "${totals[@]}"; do
  sed -n "$((prev + 1)),${t}p" "$out/link-slices/all.jsonl" > "$out/link-slices/$prev-$t.jsonl"
  prev=$t
done
rm "$out/link-slices/all.jsonl"

results="$out/link-results.md"
{
  echo "| reports in store | slice | wall s | CPU s | reports/s | CPU ms/report | max RSS MB | store on disk MB | KB/report | largest while ingesting MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$results"
prev=0
for t in "${totals[@]}"; do
  n=$((t - prev))
  echo "== ingesting reports $((prev + 1))..$t" >&2
  # The store's largest size while the process runs (H2 writes each commit as a new chunk; closing compacts).
  echo 0 > "$out/link-peak.txt"
  # (du fails when H2 renames a file under it, as closing does: that sample is skipped, not the watcher ended.)
  ( while sleep 5; do b=$(du -sb "$data" 2>/dev/null | cut -f1) || continue; [ "${b:-0}" -gt "$(cat "$out/link-peak.txt")" ] && echo "$b" > "$out/link-peak.txt"; done ) &
  watcher=$!
  # A slice of 30,000 or more reports is over ingest's default file limit (50 MB), which would skip it whole.
  /usr/bin/time -v -o "$out/link-time.txt" "$root/totmon" ingest "$out/link-slices/$prev-$t.jsonl" --data "$data" --max-file-size 4GB \
    > "$out/link-ingest-$t.txt" 2> "$out/link-ingest-$t.err"
  kill "$watcher" 2>/dev/null || true
  peak=$(cat "$out/link-peak.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$out/link-time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$out/link-time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$out/link-time.txt")
  bytes=$(du -sb "$data" | cut -f1)
  row=$(awk -v t="$t" -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$bytes" -v p="$peak" 'BEGIN {
    printf "| %d | %d | %.0f | %.0f | %.1f | %.1f | %d | %.0f | %.1f | %.0f |", t, n, w, c, n / w, 1000 * c / n, r, b / 1048576, b / 1024 / t, p / 1048576 }')
  echo "$row" >> "$results"
  echo "$row" >&2
  prev=$t
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"
cat "$results"
