"""What a stricter precision floor would do on a coded round, in sample (docs/LEXICON.md, Round 6).

Pools the shipped lexicon's precision column (rounds 1-5) with the round's own (precision-column.py on
the round's units and the shipped lexicon's hits), drops every entry whose pooled precision is under
each floor on 3 or more units, and scores the remaining hits with evaluate.py on both halves. The
round's codes are inside the pooled figure, so the result is an upper bound for that floor, not a
measurement on new text.
Usage (from gold/): python3 scripts/floor-sweep.py v6 raw/reuters-hits-v6.csv 0.5 0.6 0.7 0.8
"""
import csv, os, subprocess, sys, tempfile

LEXICON = '../src/main/resources/dev/framelens/framing/lexicon-en.tsv'


def pooled(round_dir, hits):
    run = lambda *a: subprocess.run([sys.executable, *a], check=True, capture_output=True, text=True).stdout
    codes = f'{round_dir}/codes-dev.csv,{round_dir}/codes-test.csv'
    tmp = tempfile.mkdtemp()
    own = os.path.join(tmp, 'own.tsv')
    open(own, 'w').write(run('scripts/precision-column.py', f'{round_dir}/units-master.csv', codes, 'all', LEXICON, hits))
    out = {}
    for line in run('scripts/pool-precision.py', LEXICON, own).splitlines():
        f = line.split('\t')
        if line.startswith('#') or len(f) < 8 or f[0] == 'category' or not f[7]:
            continue
        out[f[2]] = (float(f[6]), int(f[7]))
    return out, tmp


def main(round_dir, hits, *floors):
    precision, tmp = pooled(round_dir, hits)
    rows = list(csv.DictReader(open(hits, encoding='utf-8')))
    for floor in map(float, floors):
        drop = {e for e, (p, n) in precision.items() if n >= 3 and p < floor}
        kept = os.path.join(tmp, f'hits-{floor}.csv')
        with open(kept, 'w', newline='', encoding='utf-8') as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(r for r in rows if r['entry'] not in drop)
        print(f'# floor {floor}: {len(drop)} entries dropped: {" ".join(sorted(drop))}')
        for split in ('dev', 'test'):
            out = subprocess.run([sys.executable, 'scripts/evaluate.py', f'{round_dir}/units-master.csv',
                                  f'{round_dir}/codes-{split}.csv', split, kept], check=True, capture_output=True, text=True).stdout
            for line in out.splitlines():
                if line.startswith(('side,alarm', 'recall,alarm')):
                    print(floor, split, line)


if __name__ == '__main__':
    main(*sys.argv[1:])
