"""Scores a lexicon's hits against the gold standard (framelens issue 11).

Inputs: units.csv, the final codes (unit,code), and the engine's frame hits over the gold corpora
(CSV with doc, side, category, entry, start, end, negated — `Framelens.frameHits()`), one or more
files. A hit is *covered* when a cue unit of the same doc overlaps its span (a v2 entry may be longer
or shorter than the v1 or pool hit that was coded); the unit's reading (the final code) makes it
correct when it equals the hit's side. A unit covers at most one hit (the first that overlaps it). Estimates are weighted by the units' inverse
inclusion probabilities (`weight`), so they estimate the population of hits, not the sample:
  precision(side)  = sum w [reading = side] / sum w, over covered hits of that side (unsure left out)
  negation         = the same over covered hits the engine negated (side reassurance)
  recall(side)     = sum w [sentence has a hit of side] / sum w, over sentence units coded side
                     (or both); a sentence has a hit when a hit's span lies in its span.
Wilson 95 % intervals (Wilson 1927) use the unweighted count of units as n.
Usage: python3 evaluate.py units.csv codes.csv SPLIT hits.csv [hits.csv ...]
"""
import csv, collections, math, sys

def wilson(p, n, z=1.959963984540054):
    if n == 0: return (float('nan'), float('nan'))
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)

def main(units_file, codes_file, split, hit_files):
    units = [u for u in csv.DictReader(open(units_file)) if split == 'all' or u['split'] == split]
    code = {r['unit']: r['code'].strip().lower() for r in csv.DictReader(open(codes_file))}
    cues = collections.defaultdict(list)
    for u in units:
        if u['kind'] == 'cue':
            cues[u['doc']].append(u)
    used = set()
    def unit_of(doc, a, b):
        for u in cues[doc]:
            if u['unit'] not in used and int(u['start']) < b and a < int(u['end']):
                used.add(u['unit'])
                return u
        return None
    hits = []
    for f in hit_files:
        hits += list(csv.DictReader(open(f)))
    docs = {u['doc'] for u in units}
    hits = [h for h in hits if h['doc'] in docs]
    acc = collections.defaultdict(lambda: [0.0, 0.0, 0])  # key -> [w correct, w total, n]
    covered = collections.Counter(); total = collections.Counter()
    for h in hits:
        side = h['side']
        neg = h['negated'] == 'true'
        total[side] += 1
        u = unit_of(h['doc'], int(h['start']), int(h['end']))
        if u is None: continue
        covered[side] += 1
        c = code.get(u['unit'], 'unsure')
        if c == 'unsure': continue
        w = float(u['weight']); ok = c == side
        for k in [('side', side), ('category', h['category'] if not neg else 'negated_' + h['category']),
                  ('entry', h['entry'])] + ([('negation', 'flip')] if neg else []):
            a = acc[k]; a[0] += w * ok; a[1] += w; a[2] += 1
    out = []
    for k in sorted(acc, key=lambda k: (k[0] != 'side', k[0] != 'negation', k)):
        wc, wt, n = acc[k]; p = wc / wt
        lo, hi = wilson(p, n)
        out.append((k[0], k[1], n, p, lo, hi))
    spans = collections.defaultdict(set)
    for h in hits:
        spans[(h['doc'], h['side'])].add((int(h['start']), int(h['end'])))
    for side in ('alarm', 'reassurance'):
        wt = wf = 0.0; n = 0
        for u in units:
            if u['kind'] != 'sentence': continue
            c = code.get(u['unit'], 'unsure')
            if c not in (side, 'both'): continue
            s0, s1 = int(u['sentence_start']), int(u['sentence_end'])
            found = any(s0 <= a and b <= s1 for a, b in spans[(u['doc'], side)])
            w = float(u['weight']); wt += w; wf += w * found; n += 1
        p = wf / wt if wt else float('nan'); lo, hi = wilson(p, n)
        out.append(('recall', side, n, p, lo, hi))
    for side in ('alarm', 'reassurance'):
        print(f"# {side}: {total[side]} hits in the {split} documents, {covered[side]} with a gold unit")
    print('level,value,units,estimate,ci_low,ci_high')
    for r in out:
        print(f"{r[0]},{r[1]},{r[2]},{r[3]:.3f},{r[4]:.3f},{r[5]:.3f}")

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
