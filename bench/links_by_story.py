#!/usr/bin/env python3
"""Linking scores per story of a linking set, for error analysis (BENCHMARKS.md).

usage: bench/links_by_story.py EVAL_SET_DIR SYSTEM.jsonl

A story is a connected group of reports that share a gold event cluster or claim measure. For each story it prints
event and claim link precision/recall (the benchmark scorer's pairwise rules, on that story's reports alone) and the
gold clusters and measures whose pairs the system missed, with how many of their items it extracted at all.
"""
import json
import os
import sys
from collections import defaultdict


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, system_path = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(folder.rstrip("/"))))
    import score  # the benchmark's own scorer, beside the set

    gold = score.load(os.path.join(folder, "gold.jsonl"))
    system = score.load(system_path)
    matches = {}
    for i in gold:
        tally, errors, m = defaultdict(score.Tally), [], {}
        score.score_doc(gold[i], system.get(i, {}), tally, errors, m)
        matches[i] = m

    parent = {i: i for i in gold}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i in gold:
        for layer, key in (("events", "cluster"), ("claims", "measure")):
            for item in gold[i].get(layer) or []:
                link = item.get(key)
                if link is None:
                    continue
                if (layer, link) in first:
                    parent[find(i)] = find(first[(layer, link)])
                else:
                    first[(layer, link)] = i
    stories = defaultdict(list)
    for i in gold:
        stories[find(i)].append(i)

    for ids in sorted(stories.values(), key=lambda s: sorted(s)[0]):
        ids = sorted(ids)
        if len(ids) < 2:
            continue
        print("== story of %d reports: %s" % (len(ids), " ".join(ids)))
        for layer, key, skey in (("events", "cluster", "cluster"), ("claims", "measure", "group")):
            r = score.pair_links(gold, system, ids, matches, layer, key, skey)
            print("  %-6s links  P %.3f  R %.3f  (%d/%d system pairs right, %d/%d gold pairs found)"
                  % (layer, r["precision"], r["recall"], r["right"], r["system_pairs"], r["found"], r["gold_pairs"]))
            extracted = {(i, gi) for i in ids for gi, _ in matches[i].get(layer, [])}
            by_link = defaultdict(list)
            for i in ids:
                for gi, item in enumerate(gold[i].get(layer) or []):
                    if item.get(key) is not None:
                        by_link[item[key]].append((i, gi))
            for link, members in sorted(by_link.items()):
                if len({i for i, _ in members}) < 2:
                    continue
                found = sum(1 for m in members if m in extracted)
                print("    %-55s %d mentions in %d reports, %d extracted" % (link, len(members), len({i for i, _ in members}), found))


if __name__ == "__main__":
    main()
