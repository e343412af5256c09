package dev.framelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.count.Collocations;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.Lexicon;
import dev.framelens.table.TableWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * What the facade hands out cannot change what it computes. The JShell session of issue 16 —
 * {@code var c = Framelens.load("seeds"); c.cooccurrenceCounts().pairs().add(...)}, after which
 * every {@code c.cooccurrence("putin")} threw "a (1004) must be ≤ rowTotal (370)" — no longer
 * compiles: the counts offer no mutator (checked by reflection below), and every public call on
 * them leaves the results unchanged.
 */
class ReadOnlyResultsTest {
    static final Framelens SEEDS = Framelens.load("seeds");

    /** The counting results a user reaches from the facade or from {@code count}'s static methods. */
    static final List<Class<?>> RESULTS =
            List.of(Cooccurrence.class, Terms.class, TermCounts.class, TermStatistics.class, Collocations.class);

    static String csv(Table t) {
        return TableWriter.toString(t, TableWriter.Format.CSV);
    }

    @Test
    void theJShellSessionCannotCorruptTheCounts() throws Exception {
        String before = csv(SEEDS.cooccurrence("putin"));
        assertTrue(before.startsWith("term,neighbor,count,term_total,neighbor_total,pmi,npmi,g2,dice,t_score\n"
                + "putin,g20,4,370,30,"), before);
        Cooccurrence counts = SEEDS.cooccurrenceCounts();
        assertSame(counts, SEEDS.cooccurrenceCounts(), "the counts are cached and shared");
        // every public method of the counts and of the views they return, called with every id
        int calls = callEveryPublicMethod(counts);
        assertTrue(calls > 3 * counts.vocabulary().size(), "calls: " + calls);
        assertEquals(before, csv(SEEDS.cooccurrence("putin")));
        // a table handed out is a fresh one: changing it changes no later result
        Table t = SEEDS.cooccurrence("putin");
        t.intColumn("count").set(0, 1004);
        t.stringColumn("neighbor").set(0, "changed");
        assertEquals(before, csv(SEEDS.cooccurrence("putin")));
    }

    @Test
    void countResultsOfferNoMutator() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : RESULTS) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " must be final");
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String where = type.getSimpleName() + "." + m.getName();
                Class<?> r = m.getReturnType();
                if (r.getPackageName().contains(".internal")) {
                    problems.add(where + " returns internal " + r.getName());
                }
                if (r.isArray() || Collection.class.isAssignableFrom(r) && r != List.class || Map.class.isAssignableFrom(r)) {
                    problems.add(where + " returns a mutable " + r.getSimpleName());
                }
                for (Class<?> p : m.getParameterTypes()) {
                    if (p.getPackageName().contains(".internal")) {
                        problems.add(where + " takes internal " + p.getName());
                    }
                }
                if (r == void.class && !m.getName().startsWith("forEach")) {
                    problems.add(where + " returns nothing, so it can only change state");
                }
                if (m.getName().matches("(add|put|merge|intern|clear|remove|reset|push|increment)([A-Z].*)?|set[A-Z].*")) {
                    problems.add(where + " looks like a mutator");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void listsHandedOutAreUnmodifiable() {
        FrameAnalysis a = SEEDS.frameAnalysis(Lexicon.shipped(), null);
        assertThrows(UnsupportedOperationException.class, () -> a.documents().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.documents().get(0).hits().clear());
        TermStatistics s = TermStatistics.count(SEEDS.corpus(), SEEDS.analyzer(), 1, false);
        assertThrows(UnsupportedOperationException.class, () -> s.documentIds().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> dev.framelens.text.Tokenizer.ABBREVIATIONS.add("x"));
    }

    @Test
    void freshTablesEveryCall() {
        assertNotSame(SEEDS.frameScores(), SEEDS.frameScores());
        Table scores = SEEDS.frameScores();
        String before = csv(scores);
        scores.doubleColumn("alarm_index").set(0, 42.0);
        assertEquals(before, csv(SEEDS.frameScores()));
        assertFalse(csv(scores).equals(before));
    }

    /**
     * Calls every public instance method of {@code target} (and, recursively, of the counting views
     * it returns): int parameters get every id in [0, size), a visitor parameter a visitor that
     * only reads. Returns the number of calls.
     */
    private static int callEveryPublicMethod(Object target) throws Exception {
        int calls = 0;
        int size = SEEDS.cooccurrenceCounts().vocabulary().size();
        for (Method m : target.getClass().getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Class<?>[] p = m.getParameterTypes();
            if (p.length == 0) {
                Object r = m.invoke(target);
                calls++;
                if (r != null && RESULTS.contains(r.getClass())) {
                    calls += callEveryPublicMethod(r);
                }
            } else if (p.length == 1 && p[0] == int.class) {
                int limit = m.getName().startsWith("document") || m.getName().startsWith("vector") ? 1 : size;
                for (int id = 0; id < limit; id++) {
                    try {
                        m.invoke(target, id);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        // reading out of range may fail; it must not change anything
                    }
                    calls++;
                }
            } else if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
                for (int id = 0; id < size; id++) {
                    m.invoke(target, id, (id * 7 + 1) % size);
                    calls++;
                }
            } else if (p.length == 1 && p[0] == Cooccurrence.PairVisitor.class) {
                long[] sum = {0};
                m.invoke(target, (Cooccurrence.PairVisitor) (t, u, n) -> sum[0] += n);
                assertTrue(sum[0] > 0);
                calls++;
            } else if (p.length == 1 && p[0] == String.class) {
                m.invoke(target, "putin");
                calls++;
            } else {
                throw new AssertionError("no sample arguments for " + m + ": add them to this test");
            }
        }
        return calls;
    }
}
