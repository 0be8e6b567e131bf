#!/usr/bin/env bash
# Claimant side on claimants the pipeline has never seen: extracts and scores a set twice, with the shipped registries
# and with registries from which every person, organisation and outlet the set names is left out (bench/ablation.py).
#
# usage: bench/ablation.sh SET [OUTDIR]     SET is a directory holding docs.jsonl and gold.jsonl (../shared/eval/links-dev)
#                                             or one file of reports with their gold claims in them (the claim layer's
#                                             held-out sets, pipeline/src/test/resources/org/totmon/pipeline/claim/*.jsonl)
#
# The reduced registries are put on the class path ahead of the jar, so the product itself has no switch for this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_dir="${1:?usage: bench/ablation.sh SET [OUTDIR]}"
out="${2:-$(mktemp -d)}"
name="$(basename "$set_dir" .jsonl)"
if [ -f "$set_dir" ]; then
  # Reports with their gold claims: split into the two files score.py reads (only the claim layer is then scored).
  mkdir -p "$out/set-$name"
  python3 -c '
import json, sys
with open(sys.argv[2] + "/docs.jsonl", "w", encoding="utf-8") as docs, open(sys.argv[2] + "/gold.jsonl", "w", encoding="utf-8") as gold:
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            gold.write(json.dumps({"id": d["id"], "claims": d.pop("claims", [])}, ensure_ascii=False) + "\n")
            docs.write(json.dumps(d, ensure_ascii=False) + "\n")
' "$set_dir" "$out/set-$name"
  set_dir="$out/set-$name"
fi
shared="${TOTMON_SHARED:-$root/../shared}"
jar="$root/cli/target/totmon.jar"
[ -f "$jar" ] || { echo "no $jar: build it with mvn -B -q -o -pl cli -am package -DskipTests" >&2; exit 1; }
mkdir -p "$out/hidden-$name"
python3 "$root/bench/ablation.py" "$set_dir/docs.jsonl" "$set_dir/gold.jsonl" "$out/hidden-$name"
java -Xmx1g -cp "$out/hidden-$name:$jar" org.totmon.cli.Totmon extract --in "$set_dir/docs.jsonl" --out "$out/$name-hidden.jsonl" >&2
java -Xmx1g -jar "$jar" extract --in "$set_dir/docs.jsonl" --out "$out/$name-shipped.jsonl" >&2
for run in shipped hidden; do
  printf '%-8s ' "$run"
  python3 "$shared/eval/score.py" "$set_dir/gold.jsonl" "$out/$name-$run.jsonl" --docs "$set_dir/docs.jsonl" \
    | sed -n '/^== all/,/^headline/p' | grep -E '^(claims|entities)' | tr '\n' ' ' | sed 's/  */ /g'
  echo
done
echo "outputs in $out" >&2
