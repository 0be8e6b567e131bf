#!/usr/bin/env python3
"""Does a trained choice of an event's place among the places the rules consider beat the rules' choice on a set it
was not trained on?

usage: bench/place_rank.py WORKDIR [--sets dev,heldout,...] [--min-options N]

Leave-one-set-out over the event sets of bench/event_gate.py:
1. `totmon event-candidates` writes every set's candidates with their place options and each option's cues
   (WORKDIR/candidates/SET.jsonl; reused when present: delete them after changing the jar);
2. of each candidate the rules keep, with one place that is among its options, in a report whose gold has an event of
   its kind with a place and with at least one option matching such an event (score.py's event_ok), every option is
   a sample: a place the gold's is, or not (WORKDIR/options/SET.jsonl, the input of `totmon train-events`);
3. per held-out set, `train-events --mode ALONE --threshold 0` trains a maximum-entropy model on the other sets'
   options and `extract --place-model` gives each such event the option the model finds likeliest; score.py scores
   its events against the rules alone.
"""
import argparse
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True  # importing a sibling script leaves no cache beside it
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_gate  # noqa: E402


def label(score, gold_file, candidates, out, min_options=1):
    gold = score.load(gold_file)
    rows = [json.loads(line) for line in open(candidates, encoding="utf-8") if line.strip()]
    # One trigger given several places ("in Berdiansk and Luhansk") keeps the rules' places: the model chooses one.
    # A clause's triggers of one kind share the clause as evidence and the options; a trigger's places differ.
    def key(c):
        return c["id"], c["kind"], c["start"], c["end"], tuple(o["place"] for o in c["place_options"])
    several = {k for k, n in Counter(key(c) for c in rows).items() if n > 1
               and len({c["place"] for c in rows if key(c) == k}) > 1}
    n = pos = 0
    with open(out, "w", encoding="utf-8") as w:
        for c in rows:
            if not c["rules_keep"] or not c["place"] or key(c) in several:
                continue
            options = c["place_options"]
            if len(options) < min_options or all(o["place"] != c["place"] for o in options):
                continue
            g = gold.get(str(c["id"]), {})
            keys = {p.get("canonical"): score.keys_gold(p) for p in g.get("places") or []}
            places = [e["place"] for e in g.get("events") or [] if e.get("type") == c["kind"] and e.get("place")]
            right = [any(score.norm(o["place"]) in keys.get(p, {score.norm(p)}) for p in places) for o in options]
            if not any(right):
                continue
            for o, r in zip(options, right):
                n += 1
                pos += r
                w.write(json.dumps({"id": c["id"], "candidate": f"{c['id']}:{c['kind']}:{c['start']}", "rules_place": c["place"],
                                    "place": o["place"], "event": r, "rules_keep": True,
                                    "features": o["features"]}, ensure_ascii=False) + "\n")
    return n, pos


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir")
    ap.add_argument("--sets")
    ap.add_argument("--min-options", type=int, default=1, help="train only on events with at least so many options")
    a = ap.parse_args()
    score, score_py = event_gate.scorer()
    all_sets = event_gate.sets()
    work = a.workdir
    for sub in ("candidates", "options", "rules", "model"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    for name, d in all_sets.items():
        n, pos = label(score, os.path.join(d, "gold.jsonl"), event_gate.candidates(work, name, d), os.path.join(work, "options", name + ".jsonl"),
                       a.min_options)
        print(f"{name}: {n} place options labelled, {pos} of them the gold's", file=sys.stderr)
    held = a.sets.split(",") if a.sets else list(all_sets)
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    print("| held-out set | rules P / R / F1 | chooser P / R / F1 |")
    print("|---|---|---|")
    for name in held:
        d = all_sets[name]
        gold = os.path.join(d, "gold.jsonl")
        base = event_gate.rules_output(work, name, d)
        model = os.path.join(work, "model", name + ".bin")
        train = [os.path.join(work, "options", s + ".jsonl") for s in all_sets if s != name]
        event_gate.totmon("train-events", "--mode", "ALONE", "--threshold", "0", "--out", model, *train)
        out = os.path.join(work, "model", name + ".jsonl")
        event_gate.totmon("extract", "--in", os.path.join(d, "docs.jsonl"), "--out", out, "--place-model", model)
        r = event_gate.events_prf(score_py, gold, base)
        m = event_gate.events_prf(score_py, gold, out)
        for key, res in (("rules", r), ("model", m)):
            totals[key] = [x + y for x, y in zip(totals[key], res[3:])]
        print(f"| {name} | {r[0]:.3f} / {r[1]:.3f} / {r[2]:.3f} | {m[0]:.3f} / {m[1]:.3f} / {m[2]:.3f} |", flush=True)
    event_gate.pooled(totals)


if __name__ == "__main__":
    main()
