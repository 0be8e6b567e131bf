#!/usr/bin/env bash
# Sources benchmark: a Telegram Desktop export against the same reports as JSON Lines (bench/telegram_export.py
# writes both from one seed), each run as a whole `./totmon` process (heap -Xmx1g, as ./totmon gives it) timed with
# /usr/bin/time in the same run, one format right after the other.
#
# usage: bench/sources.sh [N [INGEST_N]]
#   N         messages read by `ingest --check` (default 100000): reading, decoding and checking every report, no
#             annotation, no store: the part of an ingest that depends on the input format
#   INGEST_N  messages ingested in full: annotated, stored and linked (default 500; 0 skips it)
# Environment: BENCH_OUT (default bench-out/, git-ignored).
# Prints a markdown table at the end, also written to $BENCH_OUT/sources.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_OUT:-$root/bench-out}"
n="${1:-100000}"; ingest_n="${2:-500}"
[ -x /usr/bin/time ] || { echo "sources.sh: installing GNU time" >&2; apt-get install -y -q time >&2; }
mkdir -p "$out"
load_before="$(cut -d" " -f1-3 /proc/loadavg)"
(cd "$root" && ./totmon --version >/dev/null)

rows=()
rate=0
run() { # LABEL FORMAT FILE REPORTS [ingest args...]; sets rate (reports/s)
  local label="$1" format="$2" file="$3" reports="$4"; shift 4
  local data="$out/sources-data-$format"; rm -rf "$data"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$root/totmon" ingest --data "$data" --max-file-size 4GB "$@" "$file" \
    > "$out/sources-$label-$format.out" 2> "$out/sources-$label-$format.err"
  read -r wall rss < "$out/time.txt"
  rate="$(python3 -c "print(round($reports / $wall, 1))")"
  rows+=("| $label | $format | $reports | $(du -m "$file" | cut -f1) | $wall | $rate | $((rss / 1024)) |")
  echo "$label $format: $reports reports in $wall s, $rate reports/s, max RSS $((rss / 1024)) MiB; $(head -1 "$out/sources-$label-$format.out")" >&2
}

python3 "$root/bench/telegram_export.py" "$n" "$out/sources-$n"
reports="$(wc -l < "$out/sources-$n/reports.jsonl")"
run check jsonl "$out/sources-$n/reports.jsonl" "$reports" --check; check_jsonl="$rate"
run check telegram "$out/sources-$n/result.json" "$reports" --check; check_tg="$rate"
ratios="check (read and checked, nothing stored): telegram/jsonl = $(python3 -c "print(round($check_tg / $check_jsonl, 2))")"

if [ "$ingest_n" -gt 0 ]; then
  python3 "$root/bench/telegram_export.py" "$ingest_n" "$out/sources-$ingest_n"
  ingest_reports="$(wc -l < "$out/sources-$ingest_n/reports.jsonl")"
  run ingest jsonl "$out/sources-$ingest_n/reports.jsonl" "$ingest_reports"; full_jsonl="$rate"
  run ingest telegram "$out/sources-$ingest_n/result.json" "$ingest_reports"; full_tg="$rate"
  ratios="$ratios; ingest (annotated, stored, linked): telegram/jsonl = $(python3 -c "print(round($full_tg / $full_jsonl, 2))")"
fi

{
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB;"
  echo "load average before $load_before, after $(cut -d" " -f1-3 /proc/loadavg). Command: bench/sources.sh $n $ingest_n"
  echo
  echo "| run | format | reports | MB | wall s | reports/s | max RSS MiB |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "$ratios"
} | tee "$out/sources.md"
