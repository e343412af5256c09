package dev.framelens.bench.proto;

import dev.framelens.bench.Corpora;
import dev.framelens.bench.Texts;
import dev.framelens.count.Vocabulary;
import dev.framelens.text.Tokenizer;
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
            ok &= sameIds(t);
        }
        System.exit(ok ? 0 : 1);
    }

    /**
     * The engine's tokenizer feeds the engine's {@code Vocabulary} one token at a time and the
     * prototype in batches: the id sequences and the terms behind the ids must be identical.
     */
    static boolean sameIds(Texts t) {
        Vocabulary engine = new Vocabulary();
        BatchedVocabulary batched = new BatchedVocabulary();
        IntList a = new IntList();
        IntList b = new IntList();
        Tokenizer tokenizer = new Tokenizer();
        batched.output(b::add);
        for (String doc : t.texts) {
            tokenizer.tokenize(doc, (buf, len, start, end, sentence) -> a.add(engine.intern(buf, 0, len)));
            tokenizer.tokenize(doc, (buf, len, start, end, sentence) -> batched.add(buf, len));
            batched.flush();
        }
        boolean same = a.size == b.size && Arrays.equals(a.values, 0, a.size, b.values, 0, b.size)
                && engine.size() == batched.size();
        for (int id = 0; same && id < engine.size(); id++) {
            same = engine.term(id).equals(batched.term(id));
        }
        System.out.printf("%-10s Vocabulary vs BatchedVocabulary: %d ids, %d terms: %s%n", t.name, a.size,
                engine.size(), same ? "identical" : "DIFFERENT");
        return same;
    }

    private static final class IntList {
        int[] values = new int[1 << 16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
