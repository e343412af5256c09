import dev.framelens.table.*;
import dev.framelens.framing.*;
import java.nio.file.*;
for (String[] c : new String[][]{{"seeds","../seeds"},{"europarl","europarl-en.jsonl"}}) {
  var f = Framelens.load(c[1]);
  f.frameHits().write().csv("raw/" + c[0] + "-hits-v1.csv");
  f.frameHits(Lexicon.read(Path.of("candidate-pool.tsv"))).write().csv("raw/" + c[0] + "-hits-pool.csv");
  f.keepStopWords(true).tokens().write().csv("raw/" + c[0] + "-tokens.csv");
  try (var w = Files.newBufferedWriter(Path.of("raw/" + c[0] + "-docs.jsonl"))) {
    for (var d : f.corpus().documents()) {
      w.write("{\"doc\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(d.id()) + ",\"text\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(d.text()) + "}\n");
    }
  }
}
/exit
