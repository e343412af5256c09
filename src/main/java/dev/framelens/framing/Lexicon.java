package dev.framelens.framing;

import dev.framelens.text.WordList;
import dev.framelens.text.Analyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A frame lexicon: categories, each on one {@link Side}, with their entries and weights, plus the
 * negators of the negation rule. Immutable and thread-safe.
 *
 * <p>This is dictionary-based frame measurement in the manner of Lexicoder (Young &amp; Soroka
 * 2012, "Affective news: the automated coding of sentiment in political texts", Political
 * Communication 29(2)); the file format, the matching rules and the negation rule are specified in
 * {@code docs/LEXICON.md} and implemented by {@link FrameScorer}.
 *
 * <h2>File format</h2>
 * UTF-8, tab-separated; blank lines and lines starting with {@code #} are ignored; the first other
 * line is the header {@code category<TAB>side<TAB>entry[<TAB>weight]}. Each row: a
 * {@code snake_case} category, its side ({@code alarm} or {@code reassurance}), an entry (one or
 * more words; a trailing {@code *} makes the last word a prefix) and an optional weight (a number
 * &gt; 0, default 1). Entries are split into words by the engine's own tokenizer
 * ({@link Analyzer#words}), so they are compared with the token stream word for word: {@code US}
 * becomes {@code u.s.}, a curly apostrophe a straight one. Every row of a category has the same
 * side and an entry appears once in the whole file. A bad row fails with one message naming the
 * file and line.
 *
 * <p>The shipped lexicon ({@link #shipped()}) is {@code lexicon-en.tsv} with the negators of
 * {@code negators-en.txt}, both in this package's resources.
 */
public final class Lexicon {

    /**
     * Name of the pseudo-category that collects negated alarm hits: they count on the reassurance
     * side, in the column {@code negated_alarm_per_1k} of the frame scores.
     */
    public static final String NEGATED_ALARM = "negated_alarm";

    /** File name of the shipped lexicon resource. */
    public static final String SHIPPED = "lexicon-en.tsv";

    /** File name of the shipped negator list resource. */
    public static final String SHIPPED_NEGATORS = "negators-en.txt";

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("alarm", "reassurance", NEGATED_ALARM);

    /**
     * A frame category.
     *
     * @param name  snake_case name; the frame scores have a column {@code <name>_per_1k}
     * @param side  the side every entry of the category is on
     * @param index 0-based position in the lexicon's category order (order of first appearance)
     */
    public record Category(String name, Side side, int index) {
    }

    /**
     * One lexicon entry.
     *
     * @param index    0-based position in the lexicon
     * @param category its category
     * @param entry    the entry as matched: its words joined by single spaces, with a trailing
     *                 {@code *} for a prefix pattern
     * @param words    its words as the tokenizer emits them; for a prefix pattern the last one is
     *                 the prefix (without {@code *})
     * @param prefix   whether the last word is a prefix pattern
     * @param weight   what one hit adds to its category (&gt; 0)
     * @param line     the line of the file it was read from
     */
    public record Entry(int index, Category category, String entry, List<String> words, boolean prefix,
                        double weight, int line) {
        public Entry {
            words = List.copyOf(words);
        }

        /** The side of the entry's category. */
        public Side side() {
            return category.side();
        }

        /** {@code prefix} or {@code exact}, as in the lexicon table's {@code pattern} column. */
        public String pattern() {
            return prefix ? "prefix" : "exact";
        }
    }

    private final String source;
    private final List<Category> categories;
    private final List<Entry> entries;
    private final List<String> negators;

    private Lexicon(String source, List<Category> categories, List<Entry> entries, List<String> negators) {
        this.source = source;
        this.categories = List.copyOf(categories);
        this.entries = List.copyOf(entries);
        this.negators = List.copyOf(negators);
    }

    /** The shipped English lexicon ({@value #SHIPPED}) with the shipped negators; one instance per JVM. */
    public static Lexicon shipped() {
        return Shipped.LEXICON;
    }

    /** Loaded on first use; class initialisation makes it one instance even when threads race. */
    private static final class Shipped {
        static final Lexicon LEXICON = parse(SHIPPED, WordList.resourceLines(Lexicon.class, SHIPPED), shippedNegators());
    }

    /**
     * Reads a lexicon file in the format of the shipped one; the negators are the shipped ones.
     *
     * @param file a UTF-8 TSV file
     * @return the lexicon
     * @throws IllegalArgumentException with one line naming the file (and line) of the problem
     */
    public static Lexicon read(Path file) {
        return parse(file.toString(), WordList.fileLines(file), shippedNegators());
    }

    /**
     * Parses lexicon lines.
     *
     * @param source   the name errors give for the file
     * @param lines    every line of the file (numbered from 1 in messages)
     * @param negators the negators of the negation rule
     * @return the lexicon
     * @throws IllegalArgumentException as {@code source:line: problem} for the first bad row
     */
    public static Lexicon parse(String source, List<String> lines, Collection<String> negators) {
        Map<String, Category> categories = new LinkedHashMap<>();
        Map<String, Integer> categoryLine = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (WordList.skip(line)) {
                continue;
            }
            String where = source + ":" + n + ": ";
            String[] f = line.split("\t", -1);
            if (!header) {
                header = true;
                checkHeader(where, f, line);
                continue;
            }
            if (f.length < 3 || f.length > 4) {
                throw new IllegalArgumentException(where + "has " + f.length + " field" + (f.length == 1 ? "" : "s")
                        + "; a row is category, side, entry and an optional weight, separated by tabs"
                        + (f.length < 3 && line.contains(" ") ? " (not spaces)" : ""));
            }
            String name = f[0].strip();
            if (!SNAKE_CASE.matcher(name).matches()) {
                throw new IllegalArgumentException(where + "category '" + name + "' must be snake_case "
                        + "(a lowercase letter, then lowercase letters, digits or _): it becomes the column "
                        + "<category>_per_1k");
            }
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException(where + "category '" + name + "' is reserved (the frame "
                        + "scores already have a column " + name + "_per_1k); rename it");
            }
            Side side;
            try {
                side = Side.parse(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            Category category = categories.get(name);
            if (category == null) {
                category = new Category(name, side, categories.size());
                categories.put(name, category);
                categoryLine.put(name, n);
            } else if (category.side() != side) {
                throw new IllegalArgumentException(where + "category '" + name + "' is " + category.side()
                        + " on line " + categoryLine.get(name) + " but " + side + " here; a category has one side");
            }
            String raw = f[2].strip();
            if (raw.isEmpty()) {
                throw new IllegalArgumentException(where + "empty entry; write the word or phrase in the third field");
            }
            boolean prefix = raw.endsWith("*");
            String stem = prefix ? raw.substring(0, raw.length() - 1) : raw;
            if (stem.indexOf('*') >= 0) {
                throw new IllegalArgumentException(where + "entry '" + raw + "': '*' is only allowed at the very "
                        + "end (a prefix on the last word)");
            }
            if (prefix && (stem.isEmpty() || Character.isWhitespace(stem.charAt(stem.length() - 1)))) {
                throw new IllegalArgumentException(where + "entry '" + raw + "': '*' must follow the letters of "
                        + "the last word, as in escalat*");
            }
            List<String> words = Analyzer.words(stem);
            if (words.isEmpty()) {
                throw new IllegalArgumentException(where + "empty entry '" + raw + "': it has no letters or digits");
            }
            if (prefix) {
                String[] parts = stem.strip().split("\\s+");
                String written = parts[parts.length - 1].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (!written.equals(words.get(words.size() - 1))) {
                    throw new IllegalArgumentException(where + "entry '" + raw + "': the prefix '" + written
                            + "' is not a word the tokenizer emits (it would become '" + words.get(words.size() - 1)
                            + "'); end the prefix with a letter or digit");
                }
            }
            double weight = 1.0;
            if (f.length == 4 && !f[3].isBlank()) {
                try {
                    weight = Double.parseDouble(f[3].strip());
                } catch (NumberFormatException e) {
                    weight = Double.NaN;
                }
                if (!(weight > 0) || Double.isInfinite(weight)) {
                    throw new IllegalArgumentException(where + "bad weight '" + f[3].strip()
                            + "': it must be a number > 0 (default 1)");
                }
            }
            String text = String.join(" ", words) + (prefix ? "*" : "");
            Integer before = seen.putIfAbsent(text, n);
            if (before != null) {
                throw new IllegalArgumentException(where + "entry '" + text + "' is already on line " + before
                        + "; an entry appears once in the whole lexicon");
            }
            entries.add(new Entry(entries.size(), category, text, words, prefix, weight, n));
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header; the first line must be "
                    + "category<TAB>side<TAB>entry<TAB>weight");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": no entries after the header");
        }
        return new Lexicon(source, new ArrayList<>(categories.values()), entries, normaliseNegators(negators));
    }

    private static void checkHeader(String where, String[] f, String line) {
        boolean ok = (f.length == 3 || f.length == 4)
                && f[0].strip().equalsIgnoreCase("category")
                && f[1].strip().equalsIgnoreCase("side")
                && f[2].strip().equalsIgnoreCase("entry")
                && (f.length == 3 || f[3].strip().equalsIgnoreCase("weight"));
        if (!ok) {
            throw new IllegalArgumentException(where + "the first line must be the header "
                    + "category<TAB>side<TAB>entry<TAB>weight (found '" + line.strip() + "')");
        }
    }

    /** The shipped negators ({@value #SHIPPED_NEGATORS}). */
    public static List<String> shippedNegators() {
        return readNegators(SHIPPED_NEGATORS, WordList.resourceLines(Lexicon.class, SHIPPED_NEGATORS));
    }

    /**
     * Reads a negator list: one negator a line, {@code #} comments; each must be a single word as the
     * tokenizer emits it.
     *
     * @throws IllegalArgumentException naming the file and line of a bad row
     */
    public static List<String> readNegators(Path file) {
        return readNegators(file.toString(), WordList.fileLines(file));
    }

    private static List<String> readNegators(String source, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (WordList.skip(line)) {
                continue;
            }
            List<String> w = Analyzer.words(line.strip());
            if (w.size() != 1) {
                throw new IllegalArgumentException(source + ":" + n + ": negator '" + line.strip()
                        + "' must be one word as the tokenizer emits it (isn't, never)");
            }
            out.add(w.get(0));
        }
        return out;
    }

    private static List<String> normaliseNegators(Collection<String> negators) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : negators) {
            List<String> w = Analyzer.words(n);
            if (w.size() != 1) {
                throw new IllegalArgumentException("negator '" + n + "' must be one word as the tokenizer emits it");
            }
            out.add(w.get(0));
        }
        return new ArrayList<>(out);
    }

    /** This lexicon with another negator list (each one word as the tokenizer emits it). */
    public Lexicon withNegators(Collection<String> list) {
        return new Lexicon(source, categories, entries, normaliseNegators(list));
    }

    /** Where the lexicon was read from (a file path, or {@value #SHIPPED}). */
    public String source() {
        return source;
    }

    /** Categories in order of first appearance. */
    public List<Category> categories() {
        return categories;
    }

    /** Entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The negators, in file order. */
    public List<String> negators() {
        return negators;
    }

    /** The category with this name. */
    public Category category(String name) {
        for (Category c : categories) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        categories.forEach(c -> names.add(c.name()));
        throw new IllegalArgumentException("no category '" + name + "' in " + source + "; categories are " + names);
    }

    /** Category names in order. */
    public List<String> categoryNames() {
        List<String> names = new ArrayList<>();
        categories.forEach(c -> names.add(c.name()));
        return Collections.unmodifiableList(names);
    }

    @Override
    public String toString() {
        return "Lexicon[" + source + ": " + categories.size() + " categories, " + entries.size() + " entries, "
                + negators.size() + " negators]";
    }
}
