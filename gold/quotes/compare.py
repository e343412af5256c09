"""Aligns two quotation codings (or a coding and the engine's output) of the seeds.

A quotation is located by searching its verbatim text (`\\n` = line break) in the article; a
` #k` suffix on the doc id picks the k-th occurrence. Two quotations match when they are in the
same document and their overlap covers at least 80 % of the longer... of EACH span's length
relative to the gold span (overlap / gold length >= 0.8 and overlap / other length >= 0.8).
Usage: python3 compare.py SEEDS_DIR GOLD.csv OTHER.csv [--pairs OUT.csv]
Prints span precision/recall of OTHER against GOLD, kind and speaker agreement on matched pairs.
"""
import csv, sys, os

def locate(seeds, rows):
    out = []
    texts = {}
    for r in rows:
        doc = r['doc'].strip(); k = 1
        if ' #' in doc:
            doc, k = doc.split(' #'); k = int(k)
        if doc not in texts:
            texts[doc] = open(os.path.join(seeds, doc + '.txt'), encoding='utf-8-sig').read()
        q = r['quote'].replace('\\n', '\n')
        t = texts[doc]; pos = -1
        for _ in range(k):
            pos = t.find(q, pos + 1)
        if pos < 0:
            print('not found:', doc, q[:60], file=sys.stderr); continue
        out.append(dict(r, doc=doc, start=pos, end=pos + len(q)))
    return out

def match(gold, other):
    pairs = []; used = set()
    for g in gold:
        best = None
        for j, o in enumerate(other):
            if j in used or o['doc'] != g['doc']: continue
            ov = min(g['end'], o['end']) - max(g['start'], o['start'])
            if ov <= 0: continue
            if ov / (g['end'] - g['start']) >= 0.8 and ov / (o['end'] - o['start']) >= 0.8:
                if best is None or ov > best[1]: best = (j, ov)
        if best:
            used.add(best[0]); pairs.append((g, other[best[0]]))
        else:
            pairs.append((g, None))
    for j, o in enumerate(other):
        if j not in used: pairs.append((None, o))
    return pairs

def norm(s):
    return ' '.join((s or '').lower().replace('the ', '').split())

if __name__ == '__main__':
    seeds, a, b = sys.argv[1:4]
    gold = locate(seeds, list(csv.DictReader(open(a, encoding='utf-8'))))
    other = locate(seeds, list(csv.DictReader(open(b, encoding='utf-8'))))
    pairs = match(gold, other)
    m = [(g, o) for g, o in pairs if g and o]
    p = len(m) / len(other) if other else float('nan'); r = len(m) / len(gold) if gold else float('nan')
    print(f'gold={len(gold)} other={len(other)} matched={len(m)} precision={p:.3f} recall={r:.3f}')
    print(f"kind agreement={sum(g['kind'] == o['kind'] for g, o in m) / max(1, len(m)):.3f} "
          f"speaker agreement={sum(norm(g['speaker']) == norm(o['speaker']) for g, o in m) / max(1, len(m)):.3f}")
    if '--pairs' in sys.argv:
        with open(sys.argv[sys.argv.index('--pairs') + 1], 'w', newline='') as f:
            w = csv.writer(f); w.writerow(['doc', 'start_a', 'end_a', 'kind_a', 'speaker_a', 'cue_a', 'quote_a', 'start_b', 'end_b', 'kind_b', 'speaker_b', 'cue_b', 'quote_b'])
            for g, o in pairs:
                ga = [g['start'], g['end'], g['kind'], g['speaker'], g['cue'], g['quote']] if g else [''] * 6
                ob = [o['start'], o['end'], o['kind'], o['speaker'], o['cue'], o['quote']] if o else [''] * 6
                w.writerow([(g or o)['doc']] + ga + ob)
