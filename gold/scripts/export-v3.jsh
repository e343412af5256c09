// Exports framelens' frame hits over the round-3 text (gold/v3/README.md) for sample-v3.py:
// lexicon v2 hits, candidate-pool hits, and the tokens with their sentences.
// Run from gold/ after make-nlpcorpus.py: jshell --class-path ../target/framelens.jar scripts/export-v3.jsh
import dev.framelens.Framelens;
import dev.framelens.framing.*;
import java.nio.file.*;
var f = Framelens.load("raw/nlpcorpus-en.jsonl");
f.frameHits().write().csv("raw/nlpcorpus-hits-v2.csv");
f.frameHits(Lexicon.read(Path.of("v3/candidate-pool.tsv"))).write().csv("raw/nlpcorpus-hits-pool.csv");
f.keepStopWords(true).tokens().write().csv("raw/nlpcorpus-tokens.csv");
/exit
