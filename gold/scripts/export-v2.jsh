// Exports framelens' frame hits over the gold corpora for evaluate.py and precision-column.py, the
// way framelens reads them by default: the seeds with the general lexicon plus the packs
// seeds/framelens.packs lists (the Putin-Kim pack), Europarl with the general lexicon alone.
// Run from gold/ after make-europarl.py: jshell --class-path ../target/framelens.jar scripts/export-v2.jsh
import dev.framelens.table.*;
Framelens.load("../seeds").frameHits().write().csv("seeds-hits-v2.csv");
Framelens.load("europarl-en.jsonl").frameHits().write().csv("europarl-hits-v2.csv");
/exit
