// Exports framelens' frame hits over the round-4 text (gold/v4/README.md) for sample-v4.py:
// lexicon v3 hits, candidate-pool hits, and the tokens with their sentences.
// Run from gold/ after make-brown.py: jshell --class-path ../target/framelens.jar scripts/export-v4.jsh
import dev.framelens.Framelens;
import dev.framelens.framing.*;
import java.nio.file.*;
var f = Framelens.load("raw/brown-en.jsonl");
f.frameHits().write().csv("raw/brown-hits-v3.csv");
f.frameHits(Lexicon.read(Path.of("v4/candidate-pool.tsv"))).write().csv("raw/brown-hits-pool.csv");
f.keepStopWords(true).tokens().write().csv("raw/brown-tokens.csv");
/exit
