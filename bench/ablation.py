#!/usr/bin/env python3
"""Registries without the set's own names: writes copies of the actor and outlet registries that leave out every
person, organisation and outlet the set being scored names, for bench/ablation.sh.

usage: bench/ablation.py DOCS.jsonl [GOLD.jsonl] OUTDIR

A row is left out when any of its names (canonical, aliases; for outlets also its domains) occurs in a report of the
set (title, text, outlet, address) or among the gold file's entity names and claimants. Cyrillic names match at the
start of a word and may be inflected; Latin names match whole words. What is left is what the pipeline would know of
a report about people and outlets it has never seen: side must then come from the words the report itself uses.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "pipeline", "src", "main", "resources", "org", "totmon", "pipeline")
FILES = {"actors": os.path.join(RES, "entity", "actors.tsv"), "outlets": os.path.join(RES, "attribution", "outlets.tsv")}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def corpus(docs, gold):
    parts = []
    for line in open(docs, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            parts += [d.get("title") or "", d.get("text") or "", d.get("outlet") or "", d.get("url") or ""]
    if gold:
        for line in open(gold, encoding="utf-8"):
            if not line.strip():
                continue
            g = json.loads(line)
            for e in g.get("entities", []):
                parts += [e.get("canonical", "")] + e.get("variants", []) + e.get("aliases", [])
            parts += [c.get("claimant") or "" for c in g.get("claims", [])]
    return "\n".join(parts).lower()


def named(name, text):
    name = name.strip().lower()
    if len(name) < 2:
        return False
    # A Cyrillic name keeps its stem: "Балицького" is "Балицький"; a Latin one is a whole word.
    if CYRILLIC.search(name) and len(name) > 4:
        pattern = r"(?<!\w)" + re.escape(name[:-2] if " " not in name else name)
    else:
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
    return re.search(pattern, text) is not None


def names(kind, fields):
    if kind == "actors":
        return [fields[0]] + (fields[4].split("|") if len(fields) > 4 else [])
    out = [fields[0]]
    if len(fields) > 3:
        out += fields[3].split("|")
    if len(fields) > 4:
        out += fields[4].split("|")
    return out


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    docs, gold, outdir = (args[0], None, args[1]) if len(args) == 2 else args
    text = corpus(docs, gold)
    for kind, path in FILES.items():
        kept, hidden = [], []
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or not line.strip():
                kept.append(line)
            elif any(named(n, text) for n in names(kind, fields) if n.strip()):
                hidden.append(fields[0])
            else:
                kept.append(line)
        target = os.path.join(outdir, os.path.relpath(path, os.path.join(ROOT, "pipeline", "src", "main", "resources")))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as out:
            out.writelines(kept)
        print(f"{kind}: {len(hidden)} of {len(hidden) + sum(1 for l in kept if l.strip() and not l.startswith('#'))} rows hidden",
              file=sys.stderr)


if __name__ == "__main__":
    main()
