package dev.framelens.bench.proto;

import dev.framelens.bench.Corpora;
import dev.framelens.bench.Texts;
import dev.framelens.count.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermInterner;
import java.util.Arrays;

/**
 * Checks that the prototypes give exactly the engine's results on the benchmark corpora:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.framelens.bench.proto.CheckPrototypes [corpus…]}.
 * Exit status 1 on the first difference.
 */
public final class CheckPrototypes {
    private CheckPrototypes() {
    }

    public static void main(String[] args) {
        String[] corpora = args.length > 0 ? args : new String[] {Corpora.SEEDS, Corpora.EUROPARL, "zipf-8"};
        boolean ok = true;
        for (String name : corpora) {
            Texts t = Corpora.load(name);
            ok &= sameIds(t, new Vocabulary(), new CachedVocabulary());
        }
        System.exit(ok ? 0 : 1);
    }

    /** Both interners see the same stream: their id sequences and terms must be identical. */
    static boolean sameIds(Texts t, TermInterner a, TermInterner b) {
        int[] ia = ids(t, a);
        int[] ib = ids(t, b);
        boolean same = Arrays.equals(ia, ib) && a.size() == b.size();
        for (int id = 0; same && id < a.size(); id++) {
            same = a.term(id).equals(b.term(id));
        }
        System.out.printf("%-10s %s vs %s: %d ids, %d terms: %s%n", t.name, a.getClass().getSimpleName(),
                b.getClass().getSimpleName(), ia.length, a.size(), same ? "identical" : "DIFFERENT");
        return same;
    }

    private static int[] ids(Texts t, TermInterner interner) {
        Analyzer.Stream s = Analyzer.standard().stream(interner);
        int[][] out = {new int[1 << 16]};
        int[] n = {0};
        for (String doc : t.texts) {
            s.analyze(doc, (id, start, end, sentence, position) -> {
                if (n[0] == out[0].length) {
                    out[0] = Arrays.copyOf(out[0], n[0] * 2);
                }
                out[0][n[0]++] = id;
            });
        }
        return Arrays.copyOf(out[0], n[0]);
    }
}
