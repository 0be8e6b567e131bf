#!/usr/bin/env bash
# Speed benchmark: `totmon extract` against Stanford CoreNLP 4.5.10 (tokenize,ssplit,pos,lemma,ner), both timed
# as whole processes with /usr/bin/time -v in the same run, and both scored on the dev reports.
#
# usage: bench/run.sh [N [CORENLP_N [CORENLP1_N]]]
#   N           reports for extract (default 1000), rounded up to whole copies of the dev set
#   CORENLP_N   reports for CoreNLP on 2 threads (default 300: it is far slower; reports/s is what is compared)
#   CORENLP1_N  reports for CoreNLP on 1 thread (default 150; 0 skips it)
# Environment: TOTMON_SHARED (default ../shared), BENCH_OUT (default bench-out/, git-ignored).
# Prints a markdown table at the end, also written to $BENCH_OUT/results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${TOTMON_SHARED:-$root/../shared}"
out="${BENCH_OUT:-$root/bench-out}"
n="${1:-1000}"; core_n="${2:-300}"; core1_n="${3:-150}"
dev_docs="$shared/eval/dev/docs.jsonl"; dev_gold="$shared/eval/dev/gold.jsonl"
[ -f "$dev_docs" ] && [ -f "$dev_gold" ] || { echo "run.sh: no dev set at $shared/eval/dev (set TOTMON_SHARED)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run.sh: installing GNU time" >&2; apt-get install -y -q time >&2; }
mkdir -p "$out"
load_before="$(cut -d" " -f1-3 /proc/loadavg)"

echo "== building" >&2
(cd "$root" && ./totmon --version >/dev/null)
(cd "$root" && mvn -q -B -Pbench -pl bench -am package -DskipTests)
core_cp="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"

# Copies of the dev set with distinct ids; the first copy keeps the dev ids so every output can be scored as is.
make_input() { # FILE MIN_REPORTS -> prints the number of reports written
  python3 - "$dev_docs" "$1" "$2" <<'EOF'
import json, math, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
copies = math.ceil(int(sys.argv[3]) / len(docs))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k in range(copies):
        for d in docs:
            f.write(json.dumps(dict(d, id=d["id"] if k == 0 else f"{d['id']}#{k}"), ensure_ascii=False) + "\n")
print(copies * len(docs))
EOF
}
n=$(make_input "$out/in-ours.jsonl" "$n")
core_n=$(make_input "$out/in-corenlp.jsonl" "$core_n")
if [ "$core1_n" -gt 0 ]; then core1_n=$(make_input "$out/in-corenlp1.jsonl" "$core1_n"); fi

# Runs a command as a whole process under /usr/bin/time -v; LABEL.time, LABEL.log and LABEL.jsonl land in $out.
timed() { # LABEL COMMAND...
  local label="$1"; shift
  echo "== $label" >&2
  /usr/bin/time -v -o "$out/$label.time" "$@" >"$out/$label.log" 2>&1 || { tail -20 "$out/$label.log" >&2; exit 1; }
}
timed ours2 "$root/totmon" extract --in "$out/in-ours.jsonl" --out "$out/ours2.jsonl"
timed ours1 "$root/totmon" extract --in "$out/in-ours.jsonl" --out "$out/ours1.jsonl" --threads 1
# One core for the whole JVM (its JIT and GC too), not just one worker thread.
timed ours1cpu taskset -c 0 "$root/totmon" extract --in "$out/in-ours.jsonl" --out "$out/ours1cpu.jsonl"
corenlp=(java -Xmx4g -cp "$core_cp" org.totmon.bench.CoreNlpBaseline)
timed corenlp2 "${corenlp[@]}" --in "$out/in-corenlp.jsonl" --out "$out/corenlp2.jsonl" --threads 2
if [ "$core1_n" -gt 0 ]; then timed corenlp1 "${corenlp[@]}" --in "$out/in-corenlp1.jsonl" --out "$out/corenlp1.jsonl" --threads 1; fi

rm -f "$out"/*.score.json
for label in ours2 ours1 ours1cpu corenlp2 corenlp1; do
  [ -f "$out/$label.time" ] || continue
  python3 "$shared/eval/score.py" "$dev_gold" "$out/$label.jsonl" --docs "$dev_docs" --json >"$out/$label.score.json"
done

{
echo "Command: \`bench/run.sh${*:+ $*}\` (extract: $n reports, JVM flags of ./totmon; CoreNLP: $core_n reports on 2 threads$([ "$core1_n" -gt 0 ] && echo ", $core1_n on 1 thread"), -Xmx4g)."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/^Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -1)."
echo "Load average (1/5/15 min) before: $load_before; after: $(cut -d" " -f1-3 /proc/loadavg)."
echo
python3 - "$out" "$n" "$core_n" "$core1_n" <<'EOF'
import json, os, re, sys
out, n, core_n, core1_n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

def gnu_time(label):
    t = {}
    for line in open(os.path.join(out, label + ".time")):
        k, _, v = line.strip().rpartition(": ")
        t[k] = v
    h, m, s = (["0"] + t["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"))[-3:]
    return {"wall": int(h) * 3600 + int(m) * 60 + float(s), "rss_mb": int(t["Maximum resident set size (kbytes)"]) / 1024,
            "cpu_s": float(t["User time (seconds)"]) + float(t["System time (seconds)"]), "cpu": t["Percent of CPU this job got"]}

def corenlp_line(label):
    """CoreNLP's own account of its annotation phase: (model load s, annotate wall s, annotate CPU s)."""
    for line in open(os.path.join(out, label + ".log")):
        m = re.search(r"model load ([\d.]+) s, annotate ([\d.]+) s \(CPU ([\d.]+) s\)", line)
        if m: return float(m[1]), float(m[2]), float(m[3])
    raise SystemExit(f"no timing line in {label}.log")

def f1(label, lang, layer):
    s = json.load(open(os.path.join(out, label + ".score.json")))
    return s[lang][layer]["f1"]

runs = [("ours2", "`totmon extract`, 2 threads", n), ("ours1", "`totmon extract --threads 1`", n),
        ("ours1cpu", "`taskset -c 0 totmon extract` (one core)", n),
        ("corenlp2", "CoreNLP 4.5.10, 2 threads", core_n)]
if core1_n: runs.append(("corenlp1", "CoreNLP 4.5.10, 1 thread", core1_n))
rate, per_cpu, rss = {}, {}, {}
print("| run | reports | wall s | CPU s | CPU use | reports/s, whole process | reports/s, excl. model load | "
      "reports per CPU-s | peak RSS MiB | entities F1 all / en | places F1 all / en | times F1 all / en |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|")
for label, name, count in runs:
    t = gnu_time(label)
    whole = count / t["wall"]
    # Ours is counted as a whole process, start-up included; CoreNLP without its model load (the stricter comparison).
    if label.startswith("corenlp"):
        load, wall, cpu = corenlp_line(label)
        rate[label], per_cpu[label] = count / wall, count / cpu
        excl = f"{rate[label]:.2f} (load {load:.0f} s)"
    else:
        rate[label], per_cpu[label] = whole, count / t["cpu_s"]
        excl = "–"
    rss[label] = t["rss_mb"]
    scores = " | ".join(f"{f1(label, 'all', l):.2f} / {f1(label, 'en', l):.2f}" for l in ("entities", "places", "times"))
    print(f"| {name} | {count} | {t['wall']:.1f} | {t['cpu_s']:.1f} | {t['cpu']} | {whole:.2f} | {excl} | "
          f"{per_cpu[label]:.2f} | {rss[label]:.0f} | {scores} |")
print()
print(f"- Speed, 2 threads: ours {rate['ours2']:.2f} reports/s (whole process) vs CoreNLP {rate['corenlp2']:.2f} reports/s "
      f"(annotation only): **{rate['ours2'] / rate['corenlp2']:.1f}×** (target ≥ 5×).")
print(f"- Work per report, which other load on the machine does not skew: ours {per_cpu['ours2']:.2f} reports per CPU-second "
      f"(whole process) vs CoreNLP {per_cpu['corenlp2']:.2f} (annotation only): {per_cpu['ours2'] / per_cpu['corenlp2']:.1f}×.")
if core1_n:
    print(f"- Speed, 1 thread: ours {rate['ours1']:.2f} vs CoreNLP {rate['corenlp1']:.2f} reports/s: "
          f"{rate['ours1'] / rate['corenlp1']:.1f}×. CoreNLP's second thread gives {rate['corenlp2'] / rate['corenlp1']:.2f}× of one.")
print(f"- One core: ours {rate['ours1cpu']:.2f} reports/s pinned to one core, {rate['ours1']:.2f} with one worker thread; "
      f"two threads give {rate['ours2'] / rate['ours1cpu']:.2f}× of the pinned run.")
print(f"- Peak RSS: ours {rss['ours2']:.0f} MiB (target ≤ 1536) vs CoreNLP {rss['corenlp2']:.0f} MiB with -Xmx4g.")
print(f"- Entity F1 on the dev reports (all / en): ours {f1('ours2', 'all', 'entities'):.2f} / {f1('ours2', 'en', 'entities'):.2f}, "
      f"CoreNLP {f1('corenlp2', 'all', 'entities'):.2f} / {f1('corenlp2', 'en', 'entities'):.2f}.")
EOF
} | tee "$out/results.md"
