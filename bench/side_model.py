#!/usr/bin/env python3
"""Does a trained claimant-side decision beat the rules on a set it was not trained on, with the set's names hidden?

usage: bench/side_model.py WORKDIR [--sets dev,heldout5,...] [--right-claimant] [--drop PREFIXES] [--train-only NAMES]

The sets with gold claims: ../shared/eval/dev and links-dev when present (TOTMON_SHARED overriding ../shared), and the
claim layer's held-out files pipeline/src/test/resources/org/totmon/pipeline/claim/heldout*.jsonl. For each set:
1. bench/ablation.sh extracts it with the shipped registries and with registries that leave out every name it uses
   (WORKDIR/ablation/SET); everything below runs with the reduced registries ahead of the jar, as unseen text would;
2. `totmon side-candidates` writes each claim's claimant with its cues, and each is labelled with the side of the gold
   claim score.py matches it to (WORKDIR/labelled/SET.jsonl); the rules' side errors are split into claims given to
   the wrong claimant (no side decision can mend those) and the right claimant given the wrong side;
3. leave-one-set-out: `totmon train-sides` trains on the other sets' labelled claims, `extract --side-model` runs the
   held-out set with it, and its claimant side on matched claims is set beside the rules'.
--right-claimant trains only on claims whose claimant matches the gold's; --drop "d=,tld=" trains without the features
beginning so (the apposition's classes, the address's domain); --train-only NAMES trains every model on
those sets alone (to score a reserved set with a model that never saw it).
"""
import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_gate import JAR, ROOT, SHARED, scorer, shared_sets  # noqa: E402

CLAIMS = os.path.join(ROOT, "pipeline", "src", "test", "resources", "org", "totmon", "pipeline", "claim")


def sets():
    out = shared_sets()
    for f in sorted(os.listdir(CLAIMS)):
        if f.startswith("heldout") and f.endswith(".jsonl"):
            out[f[:-len(".jsonl")]] = os.path.join(CLAIMS, f)
    return out


def ablation(work, name, path):
    """The set's docs and gold, its reduced registries and the rules' extraction with them, from bench/ablation.sh."""
    out = os.path.join(work, "ablation", name)
    rules = os.path.join(out, name + "-hidden.jsonl")
    if not os.path.isfile(rules):
        subprocess.run([os.path.join(ROOT, "bench", "ablation.sh"), path, out], check=True, stdout=sys.stderr,
                       stderr=subprocess.DEVNULL, env=dict(os.environ, TOTMON_SHARED=SHARED))
    d = path if os.path.isdir(path) else os.path.join(out, "set-" + name)
    return os.path.join(d, "docs.jsonl"), os.path.join(d, "gold.jsonl"), os.path.join(out, "hidden-" + name), rules


def hidden(registries, *args):
    """The command line with the reduced registries ahead of the jar."""
    subprocess.run(["java", "-Xmx1g", "-cp", registries + os.pathsep + JAR, "org.totmon.cli.Totmon", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def matched(score, gold_file, out_file):
    """Every matched claim pair by score.py's own matching: (report id, gold claim, system claim index, system claim)."""
    gold, system = score.load(gold_file), score.load(out_file)
    matches = {}
    score.tally(gold, system, sorted(gold), [], matches)
    for i in sorted(gold):
        sc = system.get(i, {}).get("claims") or []
        for gi, si in matches[i].get("claims", []):
            yield i, gold[i]["claims"][gi], si, sc[si]


def sides(score, gold_file, out_file):
    """Matched claims; side right; side wrong with the claimant wrong; side wrong with the claimant right."""
    n = right = wrong_claimant = wrong_side = 0
    for _, g, _, s in matched(score, gold_file, out_file):
        n += 1
        if g.get("claimant_side") == s.get("claimant_side"):
            right += 1
        elif score.claimant_ok(g.get("claimant"), s.get("claimant")):
            wrong_side += 1
        else:
            wrong_claimant += 1
    return n, right, wrong_claimant, wrong_side


def label(score, gold_file, rules, candidates, out, right_claimant, drop=()):
    """Each candidate gets the side of the gold claim its claim matches; unmatched ones, and with --right-claimant those
    whose claimant is not the gold's, are written without one (train-sides leaves them out). Features beginning with
    one of drop are left out: a model never trained on a feature ignores it, so this measures a model without them."""
    gold_side = {}
    for i, g, si, s in matched(score, gold_file, rules):
        if not right_claimant or score.claimant_ok(g.get("claimant"), s.get("claimant")):
            gold_side[(i, si)] = g.get("claimant_side")
    n = 0
    with open(out, "w", encoding="utf-8") as w:
        for line in open(candidates, encoding="utf-8"):
            if not line.strip():
                continue
            c = json.loads(line)
            c["features"] = [f for f in c["features"] if not f.startswith(tuple(drop))]
            side = gold_side.get((str(c["id"]), c["claim"]))
            if side in ("occupation", "ukraine", "third_party", "unknown"):
                c["side"] = side
                n += 1
            w.write(json.dumps(c, ensure_ascii=False) + "\n")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir")
    ap.add_argument("--sets", help="comma-separated set names to hold out (default: all)")
    ap.add_argument("--right-claimant", action="store_true", help="train only on claims whose claimant is the gold's")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to train without (\"d=,tld=\")")
    ap.add_argument("--train-only", help="comma-separated set names every model is trained on (default: all but the held-out one)")
    a = ap.parse_args()
    if not os.path.isfile(JAR):
        sys.exit(f"no jar at {JAR}: build with mvn -B -o -q package -DskipTests -pl cli -am")
    score, _ = scorer()
    work = os.path.abspath(a.workdir)
    labelled_dir = os.path.join(work, "labelled-right" if a.right_claimant else "labelled")
    for sub in ("candidates", "models", "out"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    os.makedirs(labelled_dir, exist_ok=True)
    all_sets, runs = sets(), {}
    print("| set | matched | side errors, rules | of them wrong claimant | right claimant, wrong side |")
    print("|---|---|---|---|---|")
    for name, path in all_sets.items():
        docs, gold, registries, rules = runs[name] = ablation(work, name, path)
        cand = os.path.join(work, "candidates", name + ".jsonl")
        if not os.path.isfile(cand):
            hidden(registries, "side-candidates", "--in", docs, "--out", cand)
        label(score, gold, rules, cand, os.path.join(labelled_dir, name + ".jsonl"), a.right_claimant,
              [d for d in a.drop.split(",") if d])
        n, right, wc, ws = sides(score, gold, rules)
        print(f"| {name} | {n} | {n - right} | {wc} | {ws} |", flush=True)
    held = a.sets.split(",") if a.sets else list(all_sets)
    train_only = a.train_only.split(",") if a.train_only else None
    total = {"rules": [0, 0], "model": [0, 0]}
    print()
    print("| held-out set | matched | threshold | side, rules | side, model | errors rules → model |")
    print("|---|---|---|---|---|---|")
    for name in held:
        docs, gold, registries, rules = runs[name]
        train = [os.path.join(labelled_dir, s + ".jsonl") for s in (train_only or all_sets) if s != name]
        model = os.path.join(work, "models", name + ".bin")
        told = subprocess.run(["java", "-jar", JAR, "train-sides", "--out", model, *train], check=True, capture_output=True,
                              text=True).stderr
        threshold = float(re.search(r"threshold ([0-9.]+)", told).group(1))
        out = os.path.join(work, "out", name + ".jsonl")
        hidden(registries, "extract", "--in", docs, "--out", out, "--side-model", model)
        rn, rr, _, _ = sides(score, gold, rules)
        mn, mr, _, _ = sides(score, gold, out)
        total["rules"][0] += rn
        total["rules"][1] += rr
        total["model"][0] += mn
        total["model"][1] += mr
        print(f"| {name} | {rn} / {mn} | {threshold:.2f} | {rr / rn:.3f} | {mr / mn:.3f} | {rn - rr} → {mn - mr} |", flush=True)
    for key, (n, r) in total.items():
        print(f"pooled, {key}: side {r / n:.3f} ({r}/{n} matched claims)")


if __name__ == "__main__":
    main()
