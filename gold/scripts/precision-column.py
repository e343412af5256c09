"""Fills the precision and units columns of a framelens lexicon file from the gold standard (issue 11).

For every entry: the precision of its hits that the negation rules did not flip, and the number of
coded units behind it. A hit is covered exactly as evaluate.py covers it (by the first not yet used cue
unit of its document that overlaps it; `unsure` left out). The units' weights are inverse inclusion
probabilities of category strata (all urgency hits of Europarl, say), so within one entry they do not
say how many of its own hits each corpus has; the estimate is therefore a separate ratio estimate
over the corpora (Cochran 1977, Sampling Techniques, 3rd ed., ch. 6, ratio estimates in stratified
sampling), each corpus weighted by the entry's own number of such hits in it:
  p(entry, c) = sum w [reading = entry's side] / sum w   over its units in corpus c
  precision(entry) = sum_c n(entry, c) p(entry, c) / sum_c n(entry, c)   over corpora c with units,
n(entry, c) = the entry's non-negated hits in the split's documents of corpus c. Negated hits are left
out because they measure the negation rules, not the entry. Entries without such units get empty
columns. Prints the lexicon with the columns filled (header widened to all eight
columns; comments, blank lines and the other fields unchanged) to stdout.
Several rounds at once: give units and codes as comma-separated lists (their unit ids are distinct:
U…, W…, X…, Y…); a units file without a `corpus` column (rounds 3-5: one corpus each) names its
corpus by its folder (v3, v4, v5).
Usage: python3 precision-column.py units.csv[,units.csv…] codes.csv[,codes.csv…] SPLIT LEXICON.tsv hits.csv [hits.csv ...]
"""
import csv, collections, os, sys

COLUMNS = ['category', 'side', 'entry', 'weight', 'requires', 'forbids', 'precision', 'units']

def precision_by_entry(units_file, codes_file, split, hit_files):
    units = []
    for f in units_file.split(','):
        folder = os.path.basename(os.path.dirname(os.path.abspath(f)))
        units += [dict(u, corpus=u.get('corpus') or folder) for u in csv.DictReader(open(f))
                  if split == 'all' or u['split'] == split]
    code = {}
    for f in codes_file.split(','):
        code.update({r['unit']: r['code'].strip().lower() for r in csv.DictReader(open(f))})
    corpus_of = {u['doc']: u['corpus'] for u in units}
    cues = collections.defaultdict(list)
    for u in units:
        if u['kind'] == 'cue':
            cues[u['doc']].append(u)
    used = set()
    acc = collections.defaultdict(lambda: [0.0, 0.0, 0])   # (entry, corpus) -> [w correct, w, units]
    n = collections.Counter()                               # (entry, corpus) -> non-negated hits
    hits = []
    for f in hit_files:
        hits += [h for h in csv.DictReader(open(f)) if h['doc'] in corpus_of]
    for h in hits:
        a, b = int(h['start']), int(h['end'])
        unit = None
        for u in cues[h['doc']]:
            if u['unit'] not in used and int(u['start']) < b and a < int(u['end']):
                used.add(u['unit'])
                unit = u
                break
        if h['negated'] == 'true':
            continue
        key = (h['entry'], corpus_of[h['doc']])
        n[key] += 1
        if unit is None:
            continue
        c = code.get(unit['unit'], 'unsure')
        if c == 'unsure':
            continue
        w = float(unit['weight'])
        x = acc[key]
        x[0] += w * (c == h['side']); x[1] += w; x[2] += 1
    out = {}
    for entry in {e for e, _ in acc}:
        keys = [k for k in acc if k[0] == entry]
        total = sum(n[k] for k in keys)
        out[entry] = (sum(n[k] * acc[k][0] / acc[k][1] for k in keys) / total, sum(acc[k][2] for k in keys))
    return out

def main(units_file, codes_file, split, lexicon_file, hit_files):
    p = precision_by_entry(units_file, codes_file, split, hit_files)
    header = False
    for line in open(lexicon_file, encoding='utf-8').read().split('\n')[:-1]:
        if not line.strip() or line.lstrip().startswith('#'):
            print(line)
            continue
        f = line.split('\t')
        if not header:
            header = True
            print('\t'.join(COLUMNS))
            continue
        f += [''] * (len(COLUMNS) - len(f))
        f = f[:6]
        if f[2].strip() in p:
            prec, n = p[f[2].strip()]
            f += [f'{prec:.3f}', str(n)]
        print('\t'.join(f).rstrip('\t'))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
