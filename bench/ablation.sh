#!/usr/bin/env bash
# Claimant side on claimants the pipeline has never seen: extracts and scores a set twice, with the shipped registries
# and with registries from which every person, organisation and outlet the set names is left out (bench/ablation.py).
#
# usage: bench/ablation.sh SETDIR [OUTDIR]     SETDIR holds docs.jsonl and gold.jsonl (e.g. ../shared/eval/links-dev)
#
# The reduced registries are put on the class path ahead of the jar, so the product itself has no switch for this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_dir="${1:?usage: bench/ablation.sh SETDIR [OUTDIR]}"
out="${2:-$(mktemp -d)}"
name="$(basename "$set_dir")"
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
