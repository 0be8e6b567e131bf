#!/usr/bin/env python3
"""Is the gold event's place among the places the rules consider, and how often do the rules pick it?

usage: bench/place_ceiling.py WORKDIR [--sets dev,heldout,...] [--list N]

Over the event sets of bench/event_gate.py, `totmon event-candidates` writes every candidate with its place options
(WORKDIR/candidates/SET.jsonl; reused when present). Only candidates the rules keep count, and only where the report's
gold has an event of the candidate's kind that names a place (where it names none, any place matches). Per set:
- kept: such candidates;
- rules: those whose chosen place matches a gold event of the kind (score.py's event_ok: the place's normalised name
  among the gold place's canonical name, variants and aliases; the scorer checks no containment);
- options: those with some option matching (the ceiling of any chooser among the rules' options);
- report: those with some option of any candidate of the report matching (a wider chooser's ceiling);
- and the same at the gold events: gold events with a place whose kind and place some kept candidate reaches.
The kept candidates whose rules' place is not the gold's are written to WORKDIR/candidates/SET.places.jsonl, those
whose gold place is among the options first, each with the options that match ("right_options").
--list N prints N kept candidates per set whose gold place is among the options but not chosen, and N whose gold
place is among none.
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True  # importing a sibling script leaves no cache beside it
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import event_gate  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir")
    ap.add_argument("--sets")
    ap.add_argument("--list", type=int, default=0)
    a = ap.parse_args()
    score, _ = event_gate.scorer()
    all_sets = event_gate.sets()
    os.makedirs(os.path.join(a.workdir, "candidates"), exist_ok=True)
    names = a.sets.split(",") if a.sets else list(all_sets)
    total = [0] * 8
    print("| set | kept (gold kind with a place) | rules' place right | gold place among options | among any option of the report "
          "| gold events with a place | reached by the rules | by an option |")
    print("|---|---|---|---|---|---|---|---|")
    for name in names:
        d = all_sets[name]
        cand = event_gate.candidates(a.workdir, name, d)
        gold = score.load(os.path.join(d, "gold.jsonl"))
        rows = [json.loads(line) for line in open(cand, encoding="utf-8") if line.strip()]
        docs_places = {}
        out_file = os.path.join(a.workdir, "candidates", name + ".places.jsonl")
        counts = [0] * 8
        reached_rules, reached_options, with_place = set(), set(), set()
        missed, absent = [], []
        for c in rows:
            g = gold.get(str(c["id"]), {})
            keys = {p.get("canonical"): score.keys_gold(p) for p in g.get("places") or []}
            events = [(i, e) for i, e in enumerate(g.get("events") or []) if e.get("type") == c["kind"]]
            for i, e in enumerate(g.get("events") or []):
                if e.get("place"):
                    with_place.add((c["id"], i))
            if not c["rules_keep"] or not any(e.get("place") for _, e in events):
                continue

            def right(place):
                return [i for i, e in events if e.get("place") and score.norm(place) in keys.get(e["place"], {score.norm(e["place"])})]

            options = [o["place"] for o in c["place_options"]]
            report = docs_places.setdefault(c["id"], {o for r in rows if r["id"] == c["id"] for o in
                                                      [x["place"] for x in r["place_options"]]})
            by_rules = right(c["place"]) if c["place"] else []
            by_options = [i for o in options for i in right(o)]
            counts[0] += 1
            counts[1] += bool(by_rules)
            counts[2] += bool(by_options)
            counts[3] += bool(by_options) or any(right(p) for p in report)
            reached_rules |= {(c["id"], i) for i in by_rules}
            reached_options |= {(c["id"], i) for i in by_options}
            c["right_options"] = [o for o in options if right(o)]
            if not by_rules and by_options:
                missed.append(c)
            elif not by_options:
                absent.append(c)
        counts[4] = len(with_place)
        counts[5] = len(reached_rules)
        counts[6] = len(reached_options)
        total = [x + y for x, y in zip(total, counts)]
        print(f"| {name} | {counts[0]} | {counts[1]} | {counts[2]} | {counts[3]} | {counts[4]} | {counts[5]} | {counts[6]} |", flush=True)
        with open(out_file, "w", encoding="utf-8") as w:
            for c in missed + absent:
                c.pop("features", None)
                w.write(json.dumps(c, ensure_ascii=False) + "\n")
        for label, group in (("gold place among the options, not chosen", missed), ("gold place among no option", absent)):
            for c in group[:a.list]:
                g = gold.get(str(c["id"]), {})
                gp = sorted({e["place"] for e in g.get("events") or [] if e.get("type") == c["kind"] and e.get("place")})
                print(f"  {label}: {c['id']} {c['kind']} chose {c['place']!r}, gold {gp}, options "
                      f"{[(o['place'], o['sources']) for o in c['place_options']]}", file=sys.stderr)
    print(f"| all | {total[0]} | {total[1]} | {total[2]} | {total[3]} | {total[4]} | {total[5]} | {total[6]} |")


if __name__ == "__main__":
    main()
