#!/usr/bin/env bash
# Annotation time against report length: `totmon extract` (one thread) over one generated report of each size, timed as
# a whole process; a cost linear in length shows as a time per 100,000 characters that stays flat.
#
# usage: bench/long-report.sh [CHARS...]   (default: 10000 100000 1000000)
# The reports repeat the project's own en/uk/ru sentences with other towns, days and figures (as LongReportTest does).
# extract takes any length; ingest and the server refuse texts over --max-report-chars (default 100,000).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_OUT:-$root/bench-out}"
mkdir -p "$out"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
(cd "$root" && ./totmon --version >/dev/null)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| characters | wall s | s per 100,000 characters | events | claims |"
echo "|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  python3 - "$n" "$out/long-$n.jsonl" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
sentences = [
    "On %d March 2023 the occupation authorities in Melitopol detained %d residents of the district.",
    "According to the regional administration, %d children were deported from Kherson in May %d.",
    "Окупанти затримали %d мешканців Бердянська %d квітня, повідомила обласна адміністрація.",
    "Оккупационные власти заявили, что %d жителей Мелитополя получили российские паспорта %d июня.",
    "The mayor said that shelling of Nikopol on %d July damaged %d houses.",
    "У Маріуполі %d травня відкрили фільтраційний табір, де утримують %d людей.",
]
parts, length, i = [], 0, 0
while length < n:
    s = sentences[i % len(sentences)] % (1 + i % 28, 10 + i % 900) + ("\n\n" if i % 7 == 6 else " ")
    parts.append(s); length += len(s); i += 1
with open(path, "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": f"long-{n}", "published": "2023-06-01", "text": "".join(parts)}, ensure_ascii=False) + "\n")
PY
  start=$(date +%s.%N)
  (cd "$root" && ./totmon extract --in "$out/long-$n.jsonl" --out "$out/long-$n.out.jsonl" --threads 1 >/dev/null 2>&1)
  end=$(date +%s.%N)
  python3 - "$n" "$start" "$end" "$out/long-$n.out.jsonl" <<'PY'
import json, sys
n, start, end = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
x = json.loads(open(sys.argv[4], encoding="utf-8").readline())
wall = end - start
print(f"| {n:,} | {wall:.1f} | {wall / n * 100000:.1f} | {len(x.get('events', []))} | {len(x.get('claims', []))} |")
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
