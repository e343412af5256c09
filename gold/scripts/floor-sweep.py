"""What a stricter precision floor would do on a coded round, in sample (docs/LEXICON.md, Round 6).

Pools a lexicon's precision column (the earlier rounds') with the round's own (precision-column.py on
the round's units and that lexicon's hits), drops every entry whose pooled precision is under
each floor on 3 or more units, and scores the remaining hits with evaluate.py on both halves. The
round's codes are inside the pooled figure, so the result is an upper bound for that floor, not a
measurement on new text.
Usage (from gold/): python3 scripts/floor-sweep.py [--lexicon LEXICON.tsv] ROUND_DIR HITS.csv FLOOR...
  LEXICON.tsv: the lexicon whose hits HITS.csv holds, with its precision column (default: the shipped
  one). gold/v6/floor-sweep.txt is lexicon v6's:
    git show 61a8917:src/main/resources/dev/framelens/framing/lexicon-en.tsv > /tmp/lexicon-v6.tsv
    python3 scripts/floor-sweep.py --lexicon /tmp/lexicon-v6.tsv v6 raw/reuters-hits-v6.csv 0.5 0.6 0.7 0.8
"""
import csv, importlib.util, os, subprocess, sys, tempfile

_spec = importlib.util.spec_from_file_location('pool_precision', os.path.join(os.path.dirname(__file__), 'pool-precision.py'))
POOL = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(POOL)

LEXICON = '../src/main/resources/dev/framelens/framing/lexicon-en.tsv'


def pooled(lexicon, round_dir, hits):
    """The pooled (precision, units) of each entry, by (category, side, entry), and a scratch folder."""
    run = lambda *a: subprocess.run([sys.executable, *a], check=True, capture_output=True, text=True).stdout
    codes = f'{round_dir}/codes-dev.csv,{round_dir}/codes-test.csv'
    tmp = tempfile.mkdtemp()
    own = os.path.join(tmp, 'own.tsv')
    open(own, 'w').write(run('scripts/precision-column.py', f'{round_dir}/units-master.csv', codes, 'all', lexicon, hits))
    both = os.path.join(tmp, 'pooled.tsv')
    open(both, 'w').write(run('scripts/pool-precision.py', lexicon, own))
    return POOL.columns(both), tmp


def main(round_dir, hits, *floors, lexicon=LEXICON):
    precision, tmp = pooled(lexicon, round_dir, hits)
    rows = list(csv.DictReader(open(hits, encoding='utf-8')))
    for floor in map(float, floors):
        drop = {key[2] for key, (p, n) in precision.items() if n >= 3 and p < floor}
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
    args = sys.argv[1:]
    if args[:1] == ['--lexicon']:
        main(*args[2:], lexicon=args[1])
    else:
        main(*args)
