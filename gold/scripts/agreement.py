"""Agreement of the two coders (Krippendorff's alpha, nominal, and Cohen's kappa) per unit kind,
and the list of disagreements for adjudication.

Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
alpha = 1 - D_o / D_e with the coincidence matrix o_ck = sum over units u of
(number of c-k pairs in u) / (m_u - 1), D_o = sum_{c != k} o_ck / n, D_e = sum_{c != k} n_c n_k /
(n (n - 1)); units coded by fewer than two coders are left out; `unsure` counts as a missing value.
Cohen's kappa (Cohen 1960): (p_o - p_e) / (1 - p_e) over the units both coded.
Usage: python3 agreement.py units.csv coder1.csv coder2.csv [disagreements.csv]
"""
import csv, collections, sys

def alpha(pairs):
    o = collections.Counter()
    for a, b in pairs:
        o[(a, b)] += 1; o[(b, a)] += 1   # m_u = 2: each ordered pair weighs 1/(2-1)
    n_c = collections.Counter()
    for (c, k), v in o.items(): n_c[c] += v
    n = sum(n_c.values())
    if n < 2: return float('nan')
    d_o = sum(v for (c, k), v in o.items() if c != k) / n
    d_e = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k) / (n * (n - 1))
    return 1.0 if d_e == 0 else 1 - d_o / d_e

def kappa(pairs):
    n = len(pairs)
    if n == 0: return float('nan')
    p_o = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs); cb = collections.Counter(b for _, b in pairs)
    p_e = sum(ca[c] * cb[c] for c in ca) / (n * n)
    return 1.0 if p_e == 1 else (p_o - p_e) / (1 - p_e)

if __name__ == '__main__':
    units = {r['unit']: r for r in csv.DictReader(open(sys.argv[1]))}
    c1 = {r['unit']: r['code'].strip().lower() for r in csv.DictReader(open(sys.argv[2]))}
    c2 = {r['unit']: r['code'].strip().lower() for r in csv.DictReader(open(sys.argv[3]))}
    for kind in ('cue', 'sentence'):
        for split in ('all', 'dev', 'test'):
            ids = [u for u, r in units.items() if r['kind'] == kind and (split == 'all' or r['split'] == split)]
            pairs = [(c1[u], c2[u]) for u in ids if c1.get(u, 'unsure') != 'unsure' and c2.get(u, 'unsure') != 'unsure']
            agree = sum(a == b for a, b in pairs)
            print(f"{kind:8} {split:4} units={len(ids):4} both_coded={len(pairs):4} agree={agree / max(1, len(pairs)):.3f} "
                  f"alpha={alpha(pairs):.3f} kappa={kappa(pairs):.3f}")
    if len(sys.argv) > 4:
        with open(sys.argv[4], 'w', newline='') as f:
            w = csv.writer(f); w.writerow(['unit', 'kind', 'text', 'code_1', 'code_2'])
            for u, r in sorted(units.items()):
                if c1.get(u) != c2.get(u):
                    w.writerow([u, r['kind'], r.get('shown', ''), c1.get(u, ''), c2.get(u, '')])  # round 3: no text in the units file
