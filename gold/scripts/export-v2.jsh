// Exports framelens' frame hits over the gold corpora for evaluate.py and precision-column.py, the
// way framelens reads them by default: the seeds with the general lexicon plus the packs
// seeds/framelens.packs lists (the Putin-Kim pack), Europarl with the general lexicon alone.
// Run from gold/ after make-europarl.py: jshell --class-path ../target/framelens.jar scripts/export-v2.jsh
// Writes raw/seeds-hits-v2.csv and raw/europarl-hits-v2.csv (gold/raw/ is not committed).
import dev.framelens.Framelens;
import dev.framelens.table.*;
java.nio.file.Files.createDirectories(java.nio.file.Path.of("raw"));
Framelens.load("../seeds").frameHits().write().csv("raw/seeds-hits-v2.csv");
Framelens.load("europarl-en.jsonl").frameHits().write().csv("raw/europarl-hits-v2.csv");
/exit
