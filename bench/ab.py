#!/usr/bin/env python3
"""A/B query timing on a shared machine: two servers (`totmon serve` of two builds, each on its own copy of one store)
answer the same requests in alternation from one client, so the machine's load falls on both alike; for each request
path, prints p50/p95 wall time and each server process's CPU time a request (from /proc, so Linux only), which other
processes' load hardly changes.

usage: bench/ab.py URL_BEFORE URL_AFTER ROUNDS PID_BEFORE PID_AFTER [--words FILE] PATH...
  e.g. bench/ab.py http://127.0.0.1:7301 http://127.0.0.1:7302 40 1234 1235 "/api/search?q=said" "/?q=said&page=3"
  --words FILE: queries, one a line (URL-encoded but for & and =, so a line may add parameters: "said&to=2031-01-02"); a
  path's {word} is the next of them in each round, the same for both
  servers, so that each round asks each server a query it has not answered before (a server keeps answers it gave).
  --post FILE.jsonl: before each round, posts the next report of the file to both servers (POST /api/reports with
  $TOTMON_TOKEN, untimed and not counted) and waits a second (what the write set going, the index's merges, is then
  mostly not counted), so that each round's requests follow a write (kept answers must be made again).
"""
import os, sys, time, urllib.parse, urllib.request
a, b, rounds, pa, pb, paths = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6:]
words = posts = None
while paths[:1] in (['--words'], ['--post']):
    lines = [w.strip() for w in open(paths[1], encoding='utf-8') if w.strip()]
    if paths[0] == '--words': words = lines
    else: posts = lines
    paths = paths[2:]
def post(url, body):
    req = urllib.request.Request(url + '/api/reports', data=body.encode(), method='POST',
                                 headers={'Authorization': 'Bearer ' + os.environ['TOTMON_TOKEN'], 'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=300) as r: r.read()
word_at = [0]
def fill(p):
    """The path with its {word} replaced by the next query of --words."""
    if '{word}' not in p: return p
    w = words[word_at[0] % len(words)]; word_at[0] += 1
    return p.replace('{word}', urllib.parse.quote(w, safe='&='))
tick = os.sysconf('SC_CLK_TCK')
def cpu(pid):
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 / tick
def get(u):
    t = time.perf_counter()
    with urllib.request.urlopen(u, timeout=300) as r:
        r.read()
        assert r.status == 200
    return (time.perf_counter() - t) * 1000
def pct(xs, p):
    s = sorted(xs); return s[max(0, min(len(s) - 1, -(-p * len(s) // 100) - 1))]
print('| request | n | before p50 / p95 ms | after p50 / p95 ms | p50 before / after | p95 before / after | server CPU ms a request, before / after |')
print('|---|---|---|---|---|---|---|')
for p in paths:
    w = fill(p); get(a + w); get(b + w)
    ta, tb, ca, cb = [], [], 0.0, 0.0
    for i in range(rounds):
        if posts:
            body = posts.pop(0); post(a, body); post(b, body); time.sleep(1)
        w = fill(p)
        for first in ([b, a] if i % 2 else [a, b]):
            pid = pa if first == a else pb
            c0 = cpu(pid); t = get(first + w); c = cpu(pid) - c0
            if first == a: ta.append(t); ca += c
            else: tb.append(t); cb += c
    print(f'| `{p}` | {rounds} | {pct(ta,50):,.0f} / {pct(ta,95):,.0f} | {pct(tb,50):,.0f} / {pct(tb,95):,.0f} | {pct(ta,50)/pct(tb,50):.1f}× | {pct(ta,95)/pct(tb,95):.1f}× | {ca/rounds:,.0f} / {cb/rounds:,.0f} |', flush=True)
