#!/usr/bin/env python3
"""Same answers: compares two servers' /api/search JSON and search pages, byte for byte, for the same searches (words,
phrases, exclusions, wildcards, other scripts, pages, filters). Serve two builds on copies of one store to check that
a change kept search's results; hits of equal score may come in another order when the two indexes were built in
different batches (Lucene breaks ties by its internal document order).

usage: bench/same_answers.py URL_A URL_B
"""
import sys, json, urllib.request, urllib.parse
a, b = sys.argv[1], sys.argv[2]
qs = ['said', 'Melitopol', 'Мелітополь', 'Мелитополь', 'passports', 'referendum', 'shelling Kherson', '"defence ministry"',
      'said -Melitopol', 'Balitsky', 'school children', 'обстріл', 'обстрел', 'deport*', 'Енергодар', 'electricity OR water']
extra = ['', '&page=2', '&lang=uk', '&exact=1', '&page=5']
def get(u):
    with urllib.request.urlopen(u, timeout=300) as r:
        return r.read().decode()
same = diff = 0
for q in qs:
    for e in extra:
        for path in ['/api/search?q=', '/?q=']:
            p = path + urllib.parse.quote(q) + e
            x, y = get(a + p), get(b + p)
            if x == y: same += 1
            else:
                diff += 1
                print('DIFFERENT:', p)
n = json.loads(get(a + '/api/search?q=said'))
print(f'{same} same, {diff} different; e.g. "said": total {n["total"]}, {len(n["hits"])} hits on the page')
