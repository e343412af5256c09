"""Pools two precision columns of a framelens lexicon (lexicon v6, issue 11).

Lexicon v5's precision column holds each entry's precision on the coded units of gold rounds 1-4,
measured on v4's hits; precision-column.py run on round 5's units (v4's hits over Reuters-21578) gives
the same for round 5. The pooled precision of an entry is the units-weighted mean of the two,
  p = (n_a p_a + n_b p_b) / (n_a + n_b),   units = n_a + n_b,
i.e. every coded unit counts once whatever round it comes from (a simpler weighting than the ratio
estimate within a round, which weights corpora by the entry's hits; the rounds' corpora differ in
size by orders of magnitude, and a hit-weighted pool would let the largest corpus decide alone).
An entry with units in only one column keeps that column's figures.
Prints LEXICON_A with the pooled column (header, comments and the other fields unchanged).
Usage: python3 pool-precision.py LEXICON_A.tsv LEXICON_B.tsv
"""
import sys

def columns(path):
    out = {}
    header = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        if header is None:
            header = f
            continue
        f += [''] * (8 - len(f))
        if f[7]:
            out[(f[0], f[1], f[2])] = (float(f[6]), int(f[7]))
    return out

def main(a_path, b_path):
    b = columns(b_path)
    header = None
    for line in open(a_path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            sys.stdout.write(line)
            continue
        f = line.rstrip('\n').split('\t')
        if header is None:
            header = f
            sys.stdout.write(line)
            continue
        f += [''] * (8 - len(f))
        key = (f[0], f[1], f[2])
        pa = (float(f[6]), int(f[7])) if f[7] else None
        pb = b.get(key)
        if pa and pb:
            n = pa[1] + pb[1]
            f[6], f[7] = '%.3f' % ((pa[0] * pa[1] + pb[0] * pb[1]) / n), str(n)
        elif pb:
            f[6], f[7] = '%.3f' % pb[0], str(pb[1])
        while f and f[-1] == '' and len(f) > 3:
            f.pop()
        sys.stdout.write('\t'.join(f) + '\n')

if __name__ == '__main__':
    main(*sys.argv[1:3])
