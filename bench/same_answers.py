#!/usr/bin/env python3
"""Same answers: compares two servers' /api/search JSON and search pages, byte for byte, for the same searches (words,
phrases, exclusions, wildcards, other scripts, pages, filters). Serve two builds on copies of one store to check that
a change kept search's results; hits of equal score may come in another order when the two indexes were built in
different batches (Lucene breaks ties by its internal document order): a search whose JSON differs only so (the same
total, the same scores in the same order, every hit on both pages the same hit, snippet included) is counted apart,
with whether its facets differ too (they count the best 1,000, whose last ties fall either way). With --pages, compares the other pages and
API reads instead: the timeline (by month, day and week, by type, by side, reviewed only), the ledger's first pages,
the most named entities' and places' profiles, events, claims and the map's first page of events. With --ledger,
checks the ledger's paging instead: for each group of A's /api/claims, each side's claims read from B a page at a time
(/api/claims/{id}?side=&offset=&limit=7, following next_offset) must be A's claims of that side, in order, with A's
counts (A may list whole groups, as before paging, or be paged the same way).

usage: bench/same_answers.py URL_A URL_B [--pages | --ledger]
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
def side_pages(url, gid, side, limit):
    """A side's claims of group gid read a page at a time, and the side's count."""
    out, offset = [], 0
    while offset is not None:
        g = json.loads(get(f'{url}/api/claims/{gid}?side={side}&offset={offset}&limit={limit}'))
        out += g['claims']
        entry = [x for x in g['sides'] if x['side'] == side][0]
        offset = entry['next_offset']
    return out, entry['claims']
if '--ledger' in sys.argv[3:]:
    for g in json.loads(get(a + '/api/claims')):
        if 'sides' in g:  # paged too: A's own pages make its whole group
            whole = {x['side']: side_pages(a, g['id'], x['side'], 50)[0] for x in g['sides']}
        else:
            whole = {}
            for c in g['claims']: whole.setdefault(c['claimant_side'] or 'unknown', []).append(c)
        for side, claims in sorted(whole.items()):
            got, count = side_pages(b, g['id'], side, 7)
            if got == claims and count == len(claims): same += 1
            else:
                diff += 1
                print(f'DIFFERENT: group {g["id"]} side {side}: {len(claims)} claims in A, {len(got)} read from B (B counts {count})')
    print(f'{same} group sides the same, {diff} different')
    sys.exit(0)
if '--pages' in sys.argv[3:]:
    entities = [e['name'] for e in json.loads(get(a + '/api/entities'))[:5]]
    places = [p['id'] for p in json.loads(get(a + '/api/places'))[:3]]
    paths = ['/timeline', '/timeline?unit=day', '/timeline?unit=week', '/timeline?type=attack', '/timeline?side=ukraine',
             '/timeline?side=occupation&unit=day', '/timeline?reviewed=1', '/timeline?from=2023-01&to=2023-06', '/api/timeline',
             '/api/timeline?unit=week', '/claims', '/claims?page=2', '/claims?disputed=1', '/api/claims', '/api/events',
             '/api/events?offset=500', '/api/export/events.geojson?limit=500', '/api/export/events.geojson',
             '/api/export/events.geojson?offset=500', '/map']
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
def ties_only(x, y):
    """Whether two /api/search answers differ only in the order of equally scored hits; with whether the facets differ."""
    x, y = json.loads(x), json.loads(y)
    hx, hy = x.pop('hits'), y.pop('hits')
    fx, fy = x.pop('facets'), y.pop('facets')
    if x != y or [h['score'] for h in hx] != [h['score'] for h in hy]: return False, None
    # With the same scores in the same places, a hit on one page only has one of equal score in its place on the other.
    by_id = {h['id']: h for h in hy}
    if any(h['id'] in by_id and by_id[h['id']] != h for h in hx): return False, None
    return True, fx != fy
ties = ties_facets = 0
for q in qs:
    for e in extra:
        p = urllib.parse.quote(q) + e
        x, y = get(a + '/api/search?q=' + p), get(b + '/api/search?q=' + p)
        hx, hy = get(a + '/?q=' + p), get(b + '/?q=' + p)
        if x == y:
            same += 1 + (hx == hy)
            if hx != hy:
                diff += 1
                print('DIFFERENT:', '/?q=' + p)
            continue
        only, facets = ties_only(x, y)
        if only:
            ties += 2  # the page shows the same hits in the same order as the JSON
            ties_facets += 2 * facets
            print('TIES:', p, '(facets differ too)' if facets else '')
        else:
            diff += 2
            print('DIFFERENT:', '/api/search?q=' + p, 'and /?q=' + p)
n = json.loads(get(a + '/api/search?q=said'))
print(f'{same} same, {ties} the same but for the order of equally scored hits ({ties_facets} of them with other facet counts),'
      f' {diff} different; e.g. "said": total {n["total"]}, {len(n["hits"])} hits on the page')
