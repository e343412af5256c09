// Exports framelens' frame hits over the round-6 text (gold/v6/README.md) for sample-v3.py ROUND6:
// lexicon v6 hits, candidate-pool hits, and the tokens with their sentences.
// Run from gold/ after make-reuters.py: jshell --class-path ../target/framelens.jar scripts/export-v6.jsh
import dev.framelens.Framelens;
import dev.framelens.framing.*;
import java.nio.file.*;
var f = Framelens.load("raw/reuters-en.jsonl");
f.frameHits().write().csv("raw/reuters-hits-v6.csv");
f.frameHits(Lexicon.read(Path.of("v6/candidate-pool.tsv"))).write().csv("raw/reuters-hits-pool.csv");
f.keepStopWords(true).tokens().write().csv("raw/reuters-tokens.csv");
/exit
