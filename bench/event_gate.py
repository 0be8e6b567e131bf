#!/usr/bin/env python3
"""Does a trained keep-or-drop decision for events beat the hand-written conditions on a set it was not trained on?

usage: bench/event_gate.py WORKDIR [--modes GATE,ALONE] [--sets dev,heldout,...] [--threshold P]

Leave-one-set-out over the event sets (../shared/eval/dev and links-dev when present, TOTMON_SHARED overriding
../shared; the project's pipeline/src/test/resources/org/totmon/pipeline/event/heldout*):
1. `totmon event-candidates` writes every set's candidates with their features (WORKDIR/candidates/SET.jsonl);
2. each candidate is labelled an event when a gold event of its report has its type and, where the gold event names a
   place, its place, by the scorer's own criterion (score.py's event matching, imported from the benchmark), into
   WORKDIR/labelled/SET.jsonl, the input of `totmon train-events`;
3. per mode and held-out set, `train-events` trains on the other sets (the threshold chosen on those only) and
   `extract --event-model` runs the held-out set with it; score.py scores its events against the rules alone.
Prints one table row per set and mode: events P, R, F1 of the rules, then with the model.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("TOTMON_SHARED", os.path.join(ROOT, "..", "shared"))
HELDOUT = os.path.join(ROOT, "pipeline", "src", "test", "resources", "org", "totmon", "pipeline", "event")
JAR = os.path.join(ROOT, "cli", "target", "totmon.jar")


def shared_sets():
    """The benchmark's annotated sets that are present (dev, links-dev), by name."""
    out = {}
    for name in ("dev", "links-dev"):
        d = os.path.join(SHARED, "eval", name)
        if os.path.isfile(os.path.join(d, "gold.jsonl")):
            out[name] = d
    return out


def sets():
    out = shared_sets()
    for name in sorted(os.listdir(HELDOUT)):
        if name.startswith("heldout") and os.path.isfile(os.path.join(HELDOUT, name, "gold.jsonl")):
            out[name] = os.path.join(HELDOUT, name)
    return out


def scorer():
    path = os.path.join(SHARED, "eval", "score.py")
    if not os.path.isfile(path):
        sys.exit(f"no scorer at {path}: the labels are the scorer's matching (set TOTMON_SHARED)")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, path


def totmon(*args):
    """Runs the command line; returns what it told on stderr."""
    return subprocess.run(["java", "-Xmx1g", "-jar", JAR, *args], check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True).stderr


def candidates(work, name, d):
    """The set's candidates file under WORKDIR/candidates, written by `event-candidates` when missing."""
    cand = os.path.join(work, "candidates", name + ".jsonl")
    if not os.path.isfile(cand):
        totmon("event-candidates", "--in", os.path.join(d, "docs.jsonl"), "--out", cand)
    return cand


def rules_output(work, name, d):
    """The set's extraction by the rules alone under WORKDIR/rules, written by `extract` when missing."""
    base = os.path.join(work, "rules", name + ".jsonl")
    if not os.path.isfile(base):
        totmon("extract", "--in", os.path.join(d, "docs.jsonl"), "--out", base)
    return base


def label(score, gold_file, candidates, out):
    """A candidate is an event when score.py's event_ok would let it match a gold event of its report. A candidate the
    rules drop whose gold events a candidate the rules keep matches too is left out: merged or not, it changes no score."""
    gold = score.load(gold_file)
    rows = [json.loads(line) for line in open(candidates, encoding="utf-8") if line.strip()]
    for c in rows:
        g = gold.get(str(c["id"]), {})
        place_keys = {p.get("canonical"): score.keys_gold(p) for p in g.get("places") or []}

        def ok(e):
            if e.get("type") != c["kind"]:
                return False
            if e.get("place"):
                return score.norm(c.get("place")) in place_keys.get(e["place"], {score.norm(e["place"])})
            return True

        c["gold"] = [i for i, e in enumerate(g.get("events") or []) if ok(e)]
        c["event"] = bool(c["gold"])
    found = {(c["id"], i) for c in rows if c["rules_keep"] for i in c["gold"]}
    n = pos = 0
    with open(out, "w", encoding="utf-8") as w:
        for c in rows:
            if not c["rules_keep"] and c["gold"] and all((c["id"], i) in found for i in c["gold"]):
                continue
            n += 1
            pos += c["event"]
            w.write(json.dumps(c, ensure_ascii=False) + "\n")
    return n, pos


def events_prf(score_py, gold_file, out):
    res = json.loads(subprocess.run([sys.executable, score_py, gold_file, out, "--json"], check=True,
                                    capture_output=True, text=True).stdout)
    e = res["all"]["events"]
    return e["precision"], e["recall"], e["f1"], e["tp"], e["system"], e["gold"]


def pooled(totals):
    """Prints events P, R and F1 pooled over the held-out sets, per key of totals ([true positives, system, gold])."""
    for key, (tp, ns, ng) in totals.items():
        p, r = tp / ns if ns else 0, tp / ng if ng else 0
        print(f"all sets, {key}: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} ({tp}/{ns} sys, {ng} gold)")


def arguments(doc, **more):
    """The command line of a leave-one-set-out script: WORKDIR, --sets, --threshold and more (name: help); the jar must exist."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir")
    ap.add_argument("--sets", help="comma-separated set names to hold out (default: all)")
    ap.add_argument("--threshold", help="a fixed threshold instead of the one chosen on the training sets")
    for name, (default, text) in more.items():
        ap.add_argument("--" + name, default=default, help=text, **({"action": "store_true"} if default is False else {}))
    a = ap.parse_args()
    if not os.path.isfile(JAR):
        sys.exit(f"no jar at {JAR}: build with mvn -B -o -q package -DskipTests -pl cli -am")
    return a


def main():
    a = arguments(__doc__, modes=("GATE,ALONE", "comma-separated modes"))
    score, score_py = scorer()
    all_sets = sets()
    work = a.workdir
    for sub in ("candidates", "labelled", "rules"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    for name, d in all_sets.items():
        n, pos = label(score, os.path.join(d, "gold.jsonl"), candidates(work, name, d), os.path.join(work, "labelled", name + ".jsonl"))
        print(f"{name}: {n} candidates labelled, {pos} of them events", file=sys.stderr)
    held = a.sets.split(",") if a.sets else list(all_sets)
    totals = {}
    print("| set | mode | threshold | rules P | R | F1 | model P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in held:
        d = all_sets[name]
        gold = os.path.join(d, "gold.jsonl")
        base = rules_output(work, name, d)
        rp, rr, rf, *rc = events_prf(score_py, gold, base)
        for mode in a.modes.split(","):
            os.makedirs(os.path.join(work, mode), exist_ok=True)
            model = os.path.join(work, mode, name + ".bin")
            train = [os.path.join(work, "labelled", s + ".jsonl") for s in all_sets if s != name]
            fixed = ["--threshold", a.threshold] if a.threshold else []
            told = totmon("train-events", "--mode", mode, "--out", model, *fixed, *train)
            threshold = float(re.search(r"threshold ([0-9.]+)", told).group(1))
            out = os.path.join(work, mode, name + ".jsonl")
            totmon("extract", "--in", os.path.join(d, "docs.jsonl"), "--out", out, "--event-model", model)
            mp, mr, mf, *mc = events_prf(score_py, gold, out)
            for key, counts in (("rules", rc), (mode, mc)):
                t = totals.setdefault(key, [0, 0, 0])
                for i in range(3):
                    t[i] += counts[i]
            print(f"| {name} | {mode} | {threshold:.2f} | {rp:.3f} | {rr:.3f} | {rf:.3f} | {mp:.3f} | {mr:.3f} | {mf:.3f} |", flush=True)
    modes = a.modes.split(",")
    totals["rules"] = [x // len(modes) for x in totals["rules"]]
    pooled(totals)


if __name__ == "__main__":
    main()
