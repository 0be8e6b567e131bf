#!/usr/bin/env python3
"""Same answers: compares two servers' /api/search JSON and search pages, byte for byte, for the same searches (words,
phrases, exclusions, wildcards, other scripts, pages, filters). Serve two builds on copies of one store to check that
a change kept search's results; hits of equal score may come in another order when the two indexes were built in
different batches (Lucene breaks ties by its internal document order). With --pages, compares the other pages and
API reads instead: the timeline (by month, day and week, by type, by side, reviewed only), the ledger's first pages,
the most named entities' and places' profiles, events, claims and the map's first page of events.

usage: bench/same_answers.py URL_A URL_B [--pages]
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
if '--pages' in sys.argv[3:]:
    entities = [e['name'] for e in json.loads(get(a + '/api/entities'))[:5]]
    places = [p['id'] for p in json.loads(get(a + '/api/places'))[:3]]
    paths = ['/timeline', '/timeline?unit=day', '/timeline?unit=week', '/timeline?type=attack', '/timeline?side=ukraine',
             '/timeline?side=occupation&unit=day', '/timeline?reviewed=1', '/timeline?from=2023-01&to=2023-06', '/api/timeline',
             '/api/timeline?unit=week', '/claims', '/claims?page=2', '/claims?disputed=1', '/api/claims', '/api/events',
             '/api/events?offset=500', '/api/export/events.geojson?limit=500', '/map']
    paths += ['/entities/' + urllib.parse.quote(e) for e in entities] + ['/entities/' + urllib.parse.quote(e) + '?page=2' for e in entities[:2]]
    paths += ['/places/' + urllib.parse.quote(p) for p in places]
    for p in paths:
        try:
            x, y = get(a + p), get(b + p)
        except urllib.error.HTTPError as e:
            print('ERROR:', p, e)
            diff += 1
            continue
        if x == y: same += 1
        else:
            diff += 1
            print('DIFFERENT:', p)
    print(f'{same} same, {diff} different')
    sys.exit(0)
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
