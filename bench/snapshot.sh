#!/usr/bin/env bash
# Snapshot diff: what a change to the rules or resources does to the extraction, report by report and layer by layer.
#
# usage: bench/snapshot.sh take DIR         runs `totmon extract` over every benchmark set into DIR/<set>.jsonl
#        bench/snapshot.sh diff OLD NEW     lists, per set, report and layer, the items OLD has and NEW lacks (-) and
#                                           those NEW has and OLD lacks (+), then a count per set and layer
#
# The sets: ../shared/eval/dev and ../shared/eval/links-dev when present (TOTMON_SHARED, default ../shared), and the
# project's own held-out sets under pipeline/src/test/resources (events, entities, places, times, claims) and its linking
# sets under cli/src/test/resources (links-*).
# Review every rule change with it: take a snapshot on main, one on the branch, and read the diff.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${TOTMON_SHARED:-$root/../shared}"

usage() { sed -n '4,6p' "$0" | sed 's/^# //' >&2; exit 2; }

# Every set as NAME<TAB>PATH to its docs file.
sets() {
  for s in dev links-dev; do
    [ -f "$shared/eval/$s/docs.jsonl" ] && printf '%s\t%s\n' "$s" "$shared/eval/$s/docs.jsonl"
  done
  local res="$root/pipeline/src/test/resources/org/totmon/pipeline"
  find "$res" -name '*.jsonl' ! -name 'gold.jsonl' | sort | while read -r f; do
    rel="${f#"$res"/}"; rel="${rel%.jsonl}"; rel="${rel%/docs}"
    printf '%s\t%s\n' "${rel//\//-}" "$f"
  done
  # The project's own linking sets (the CLI's test resources: extract --link is the CLI's).
  find "$root/cli/src/test/resources/org/totmon/cli" -path '*/links-*/docs.jsonl' | sort | while read -r f; do
    printf 'cli-%s\t%s\n' "$(basename "$(dirname "$f")")" "$f"
  done
}

take() {
  local dir="$1" all
  mkdir -p "$dir"
  all="$(mktemp -d)"
  trap 'rm -rf "$all"' RETURN
  # One extract over all sets (one JVM start), each report's id prefixed with its set's name, then split again.
  sets | python3 -c '
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for row in sys.stdin:
        name, path = row.rstrip("\n").split("\t")
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                out.write(json.dumps(dict(d, id=name + "::" + str(d["id"])), ensure_ascii=False) + "\n")
' "$all/in.jsonl"
  "$root/totmon" extract --in "$all/in.jsonl" --out "$all/out.jsonl" >&2
  python3 -c '
import json, os, sys
files = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    name, rid = d["id"].split("::", 1)
    if name not in files:
        files[name] = open(os.path.join(sys.argv[2], name + ".jsonl"), "w", encoding="utf-8")
    files[name].write(json.dumps(dict(d, id=rid), ensure_ascii=False, sort_keys=True) + "\n")
for f in files.values():
    f.close()
' "$all/out.jsonl" "$dir"
  git -C "$root" rev-parse --short HEAD > "$dir/COMMIT" 2>/dev/null || true
  echo "snapshot of $(sets | wc -l) sets in $dir" >&2
}

diff_snapshots() {
  python3 - "$1" "$2" <<'PY'
import collections, json, os, sys

old_dir, new_dir = sys.argv[1], sys.argv[2]
LAYERS = ("entities", "places", "times", "claims", "events")

def item(layer, x):
    """One line per item, with what a reviewer needs to judge it; equal lines are one item."""
    if layer == "entities":
        return f'{x["type"]} {x["name"]} ×{len(x["mentions"])}: ' + ", ".join(sorted({m["text"] for m in x["mentions"]}))
    if layer == "places":
        return f'{x["name"]} ({x["kind"]}, geonames {x.get("geonames_id")}) ×{len(x["mentions"])}'
    if layer == "times":
        return f'"{x["text"]}" = {x["value"]} @{x["start"]}'
    if layer == "claims":
        return (f'"{x["text"]}" = {x["value"]}{"–" + str(x["value_max"]) if x.get("value_max") is not None else ""} {x.get("unit")}'
                f' by {x.get("claimant")} ({x.get("claimant_side")}){" hedged" if x.get("hedged") else ""} @{x["start"]}')
    return (f'{x["type"]} at {x.get("place")} on {x.get("date")} [{x.get("modality")}]'
            f' actors {x.get("actors")}: "{x["text"][:120]}"')

def load(path):
    out = {}
    if not os.path.exists(path):
        return out
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = d
    return out

sets = sorted({f[:-6] for d in (old_dir, new_dir) for f in os.listdir(d) if f.endswith(".jsonl")})
totals = collections.OrderedDict()
changed_reports = 0
for s in sets:
    old, new = load(os.path.join(old_dir, s + ".jsonl")), load(os.path.join(new_dir, s + ".jsonl"))
    for rid in sorted(set(old) | set(new)):
        lines = []
        for layer in LAYERS:
            a = collections.Counter(item(layer, x) for x in old.get(rid, {}).get(layer, []))
            b = collections.Counter(item(layer, x) for x in new.get(rid, {}).get(layer, []))
            removed, added = a - b, b - a
            t = totals.setdefault((s, layer), [0, 0])
            t[0] += sum(removed.values()); t[1] += sum(added.values())
            lines += [f"  {layer:<8} - {x}" for x in sorted(removed.elements())]
            lines += [f"  {layer:<8} + {x}" for x in sorted(added.elements())]
        if lines:
            changed_reports += 1
            print(f"== {s} / {rid}")
            print("\n".join(lines))
print()
print(f"{changed_reports} reports changed")
for (s, layer), (r, a) in totals.items():
    if r or a:
        print(f"{s:<22} {layer:<8} -{r} +{a}")
PY
}

case "${1:-}" in
  take) [ $# -eq 2 ] || usage; take "$2" ;;
  diff) [ $# -eq 3 ] || usage; [ -d "$2" ] && [ -d "$3" ] || { echo "snapshot.sh: no snapshot directory $2 or $3" >&2; exit 2; }; diff_snapshots "$2" "$3" ;;
  *) usage ;;
esac
