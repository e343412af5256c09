// Exports framelens' frame hits over the round-7 text (gold/v7/README.md) for sample-v3.py ROUND7:
// lexicon v7 hits, candidate-pool hits, and the tokens with their sentences.
// Run from gold/ after make-reuters.py: jshell --class-path ../target/framelens.jar scripts/export-v7.jsh
import dev.framelens.Framelens;
import dev.framelens.framing.*;
import java.nio.file.*;
var f = Framelens.load("raw/reuters-en.jsonl");
f.frameHits().write().csv("raw/reuters-hits-v7.csv");
f.frameHits(Lexicon.read(Path.of("v7/candidate-pool.tsv"))).write().csv("raw/reuters-hits-pool.csv");
f.keepStopWords(true).tokens().write().csv("raw/reuters-tokens.csv");
/exit
