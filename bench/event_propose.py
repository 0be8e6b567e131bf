#!/usr/bin/env python3
"""Where does event recall go, and does a trained proposer of events no trigger tells help on a set it was not trained on?

usage: bench/event_propose.py WORKDIR [--recall] [--sets dev,heldout,...] [--threshold P]

Over the event sets bench/event_gate.py uses (../shared/eval/dev and links-dev when present, TOTMON_SHARED overriding
../shared; pipeline/src/test/resources/org/totmon/pipeline/event/heldout*), with its candidates and rules' output:
--recall: counts every gold event the rules' output misses (by score.py's matching) by what the trigger candidates
  overlapping its evidence (the gold "text", found in the report) were: none, only of other types, of its type but
  dropped (by the first named condition), of its type and kept (then the place, date or a merge missed it).
Otherwise, leave-one-set-out:
1. `totmon event-candidates --clauses` writes every clause with its cues and whether the rules find an event in it
   (every clause, the proposer being asked only where the rules find no event, though the others teach it the words);
2. a clause is labelled with the type of a gold event whose evidence starts in it (the first clause the evidence
   overlaps; for an event the rules find, the first where they find one), else none; a later part of an event's
   evidence, and a clause without an event of the rules overlapping a gold event they find, are left out (a proposal
   there changes nothing or is a duplicate);
3. per held-out set, `train-events --mode PROPOSE` trains on the other sets (the threshold chosen on those only) and
   `extract --event-model` runs the held-out set with it; score.py scores its events against the rules alone.
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_gate  # noqa: E402  (beside this script)


def docs_of(d):
    return {str(o["id"]): o for o in map(json.loads, open(os.path.join(d, "docs.jsonl"), encoding="utf-8")) if o}


def locate(text, evidence):
    """The evidence's span in the report's text: exact, else ignoring case and runs of spaces; None when absent."""
    if not evidence:
        return None
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    m = re.search(r"\s+".join(re.escape(w) for w in evidence.split()), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def rules_found(score, gold, system):
    """Per report id, the indices of its gold events the system's output matches."""
    found = {}
    for gid, g in gold.items():
        t = collections.defaultdict(score.Tally)
        m = {}
        score.score_doc(g, system.get(gid, {"id": gid}), t, [], m)
        found[gid] = {gi for gi, _ in m.get("events", [])}
    return found


def missed(score, d, rules_out):
    """Every gold event the rules miss: (report id, gold index, event, its evidence's span or None)."""
    gold, system, docs = score.load(os.path.join(d, "gold.jsonl")), score.load(rules_out), docs_of(d)
    found = rules_found(score, gold, system)
    for gid, g in gold.items():
        for i, e in enumerate(g.get("events") or []):
            if i not in found[gid]:
                yield gid, i, e, locate(docs.get(gid, {}).get("text", ""), e.get("text"))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def recall(score, all_sets, work):
    table = collections.OrderedDict()
    for name, d in all_sets.items():
        cands = collections.defaultdict(list)
        for c in map(json.loads, open(event_gate.candidates(work, name, d), encoding="utf-8")):
            cands[str(c["id"])].append(c)
        row = table.setdefault(name, collections.Counter())
        for gid, _, e, span in missed(score, d, event_gate.rules_output(work, name, d)):
            row["missed"] += 1
            if span is None:
                row["evidence not found"] += 1
                continue
            near = [c for c in cands[gid] if overlaps(span, (c["start"], c["end"]))]
            typed = [c for c in near if c["kind"] == e["type"]]
            if not near:
                row["no trigger"] += 1
            elif not typed:
                row["other types only"] += 1
            elif any(c["rules_keep"] for c in typed):
                row["kept: place, date or merge"] += 1
            else:
                row["dropped"] += 1
                row["dropped: " + typed[0]["drops"][0]] += 1
    cols = ["missed", "evidence not found", "no trigger", "other types only", "dropped", "kept: place, date or merge"]
    drops = sorted({k for r in table.values() for k in r if k.startswith("dropped: ")})
    print("| set | " + " | ".join(cols + drops) + " |")
    print("|---" * (len(cols) + len(drops) + 1) + "|")
    total = collections.Counter()
    for name, row in table.items():
        total.update(row)
        print(f"| {name} | " + " | ".join(str(row[c]) for c in cols + drops) + " |")
    print("| all | " + " | ".join(str(total[c]) for c in cols + drops) + " |")


def clauses(work, name, d):
    out = os.path.join(work, "clauses", name + ".jsonl")
    if not os.path.isfile(out):
        event_gate.totmon("event-candidates", "--clauses", "--in", os.path.join(d, "docs.jsonl"), "--out", out)
    return out


def label(score, d, rules_out, clause_file, out):
    gold, system, docs = score.load(os.path.join(d, "gold.jsonl")), score.load(rules_out), docs_of(d)
    found = rules_found(score, gold, system)
    rows = collections.defaultdict(list)
    for c in map(json.loads, open(clause_file, encoding="utf-8")):
        rows[str(c["id"])].append(c)
    n = pos = 0
    with open(out, "w", encoding="utf-8") as w:
        for gid, cs in rows.items():
            cs.sort(key=lambda c: c["start"])
            text = docs.get(gid, {}).get("text", "")
            skip, typed = set(), {}
            for i, e in enumerate((gold.get(gid) or {}).get("events") or []):
                span = locate(text, e.get("text"))
                hit = [k for k, c in enumerate(cs) if span and overlaps(span, (c["start"], c["end"]))]
                if i in found[gid]:
                    # Found by the rules: what it tells teaches the proposer, but a proposal beside it would change nothing.
                    skip.update(k for k in hit if not cs[k]["rules_keep"])
                    hit = [k for k in hit if cs[k]["rules_keep"]]
                if hit:
                    typed.setdefault(hit[0], e["type"])
                    skip.update(hit[1:])
            for k, c in enumerate(cs):
                if k in skip:
                    continue
                c["type"] = typed.get(k)
                n += 1
                pos += c["type"] is not None and not c["rules_keep"]
                w.write(json.dumps(c, ensure_ascii=False) + "\n")
    return n, pos


def main():
    a = event_gate.arguments(__doc__, recall=(False, "count where the rules' recall goes instead"))
    score, score_py = event_gate.scorer()
    all_sets, work = event_gate.sets(), a.workdir
    for sub in ("candidates", "rules", "clauses", "labelled-clauses", "PROPOSE"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    if a.recall:
        recall(score, all_sets, work)
        return
    for name, d in all_sets.items():
        n, pos = label(score, d, event_gate.rules_output(work, name, d), clauses(work, name, d),
                       os.path.join(work, "labelled-clauses", name + ".jsonl"))
        print(f"{name}: {n} clauses labelled, {pos} of them telling an event the rules miss", file=sys.stderr)
    totals = {"rules": [0, 0, 0], "PROPOSE": [0, 0, 0]}
    print("| set | threshold | rules P | R | F1 | with proposer P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in a.sets.split(",") if a.sets else list(all_sets):
        d = all_sets[name]
        gold = os.path.join(d, "gold.jsonl")
        rp, rr, rf, *rc = event_gate.events_prf(score_py, gold, event_gate.rules_output(work, name, d))
        model = os.path.join(work, "PROPOSE", name + ".bin")
        train = [os.path.join(work, "labelled-clauses", s + ".jsonl") for s in all_sets if s != name]
        fixed = ["--threshold", a.threshold] if a.threshold else []
        told = event_gate.totmon("train-events", "--mode", "PROPOSE", "--out", model, *fixed, *train)
        threshold = float(re.search(r"threshold ([0-9.]+)", told).group(1))
        out = os.path.join(work, "PROPOSE", name + ".jsonl")
        event_gate.totmon("extract", "--in", os.path.join(d, "docs.jsonl"), "--out", out, "--event-model", model)
        mp, mr, mf, *mc = event_gate.events_prf(score_py, gold, out)
        for key, counts in (("rules", rc), ("PROPOSE", mc)):
            for i in range(3):
                totals[key][i] += counts[i]
        print(f"| {name} | {threshold:.2f} | {rp:.3f} | {rr:.3f} | {rf:.3f} | {mp:.3f} | {mr:.3f} | {mf:.3f} |", flush=True)
    event_gate.pooled(totals)


if __name__ == "__main__":
    main()
