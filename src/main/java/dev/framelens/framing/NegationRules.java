package dev.framelens.framing;

import dev.framelens.text.WordList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the negation rules ({@link NegationRule}): which words end a negator's clause,
 * which make a negation emphatic, which verbs a negator governs instead of the hit, and so on.
 * Immutable and thread-safe. The shipped lists are {@value #SHIPPED} in this package's resources;
 * {@code docs/LEXICON.md} ("Negation") explains each rule and list.
 *
 * <p>File format: UTF-8, tab-separated, {@code #} comments and blank lines ignored, header
 * {@code list<TAB>word}, then one {@code list<TAB>word} row per word. {@code list} is one of the
 * {@link Kind} labels; {@code word} is one word as the tokenizer emits it, a trailing {@code *}
 * for a prefix ({@code intimidat*}). A bad row fails with {@code file:line: problem}.
 */
public final class NegationRules {

    /** File name of the shipped rule lists resource. */
    public static final String SHIPPED = "negation-en.tsv";

    /** The word lists. */
    public enum Kind {
        /** Clause-opening words: a negator before one of them does not reach a hit after it ({@code but, which}). */
        CLAUSE("clause"),
        /** Words right after a negator that make it emphasis ({@code not only, not least}). */
        EMPHASIS("emphasis"),
        /** Quantifying negators that a comparative turns into a superlative ({@code no, nothing, never}). */
        QUANTIFIER("quantifier"),
        /** Comparatives that do so ({@code nothing is more urgent}, {@code no greater threat}). */
        COMPARATIVE("comparative"),
        /** Verbs a negator governs instead of the hit ({@code will not allow the regime to threaten}). */
        GOVERNING("governing"),
        /** Verbs of denial or neglect: negating them affirms the hit ({@code no one doubts the danger}). */
        AFFIRMING("affirming"),
        /** Words of defiance ({@code will not be intimidated by the threats}). */
        DEFIANCE("defiance"),
        /** Words that reject the claim that follows ({@code the dangerous illusion that … are no threat}). */
        REJECTION("rejection"),
        /** Words of obligation or purpose ({@code we must take care not to destroy}). */
        OBLIGATION("obligation"),
        /** Words of fear and worry, to which the precaution rule does not apply ({@code we must not panic}). */
        FEAR("fear"),
        /** Words that open a condition ({@code worse if action is not taken urgently}). */
        CONDITIONAL("conditional"),
        /** Negators that another negator before them cancels ({@code not without danger}). */
        INNER("inner"),
        /**
         * Words that may stand between a negator and the alarm hit it denies ({@code is not a threat},
         * {@code poses no serious risk}, {@code there is nothing to fear}): copulas, determiners, a few
         * degree words and the verbs of posing and causing. When the list is not empty, any other word
         * between them means the negator governs that word instead ({@code cannot be used to justify
         * violations}, {@code draw no distinction between the risks}).
         */
        BRIDGE("bridge");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the list is named in the file. */
        public String label() {
            return label;
        }
    }

    private final String source;
    private final Map<Kind, List<String>> lists;

    private NegationRules(String source, Map<Kind, List<String>> lists) {
        this.source = source;
        Map<Kind, List<String>> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, List.copyOf(lists.getOrDefault(k, List.of())));
        }
        this.lists = Collections.unmodifiableMap(m);
    }

    /** The shipped lists ({@value #SHIPPED}); one instance per JVM. */
    public static NegationRules shipped() {
        return Shipped.RULES;
    }

    /** Loaded on first use; class initialisation makes it one instance even when threads race. */
    private static final class Shipped {
        static final NegationRules RULES = parse(SHIPPED, WordList.resourceLines(NegationRules.class, SHIPPED));
    }

    /**
     * Reads a rule-list file.
     *
     * @throws IllegalArgumentException with one line naming the file (and line) of the problem
     */
    public static NegationRules read(Path file) {
        return parse(file.toString(), WordList.fileLines(file));
    }

    /**
     * Parses rule-list lines.
     *
     * @param source the name errors give for the file
     * @param lines  every line of the file (numbered from 1 in messages)
     * @throws IllegalArgumentException as {@code source:line: problem} for the first bad row
     */
    public static NegationRules parse(String source, List<String> lines) {
        Map<Kind, Set<String>> lists = new EnumMap<>(Kind.class);
        List<String> names = new ArrayList<>();
        for (Kind k : Kind.values()) {
            names.add(k.label);
        }
        boolean header = TwoColumnFile.read(source, lines, "list", "word", (where, n, list, written) -> {
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.label.equals(list.toLowerCase(Locale.ROOT))) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new IllegalArgumentException(where + "unknown list '" + list + "'; lists are " + names);
            }
            String word;
            try {
                word = Condition.parse("next:" + written).words().get(0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "'" + written + "' must be one word as the tokenizer emits "
                        + "it, a trailing * for a prefix");
            }
            lists.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(word);
        });
        if (!header) {
            throw new IllegalArgumentException(source + ": no header; the first line must be list<TAB>word");
        }
        Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
        lists.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return new NegationRules(source, out);
    }

    /** The words of one list (a trailing {@code *} marks a prefix), in file order. */
    public List<String> words(Kind kind) {
        return lists.get(kind);
    }

    /** Where the lists were read from. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "NegationRules[" + source + "]";
    }
}
