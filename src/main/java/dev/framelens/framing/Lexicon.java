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
 * A frame lexicon: categories, each on one {@link Side}, with their entries, weights and context
 * conditions, plus the negators and word lists of the negation rules. Immutable and thread-safe.
 *
 * <p>This is dictionary-based frame measurement in the manner of Lexicoder (Young &amp; Soroka
 * 2012, "Affective news: the automated coding of sentiment in political texts", Political
 * Communication 29(2)); the file format, the matching rules and the negation rules are specified in
 * {@code docs/LEXICON.md} and implemented by {@link FrameScorer}.
 *
 * <h2>File format</h2>
 * UTF-8, tab-separated; blank lines and lines starting with {@code #} are ignored; the first other
 * line is the header, which names the columns: {@code category, side, entry} and then, optionally
 * and in this order, {@code weight, requires, forbids, precision, units} (a header may stop after
 * any of them; a row may leave out trailing fields). Each row: a {@code snake_case} category, its
 * side ({@code alarm} or {@code reassurance}), an entry (one or more words; a trailing {@code *}
 * makes the last word a prefix), a weight (a number &gt; 0, default 1), the context conditions the
 * hit requires and forbids ({@link Condition}: {@code next:liability|company prev2:is|are}), and
 * the entry's precision on coded data with its number of coded units (both empty, or a number in
 * [0, 1] and a whole number &ge; 1; informative, the scorer does not read them). Entries are split
 * into words by the engine's own tokenizer ({@link Analyzer#words}), so they are compared with the
 * token stream word for word: {@code US} becomes {@code u.s.}, a curly apostrophe a straight one.
 * Every row of a category has the same side and an entry appears once in the whole lexicon. A bad
 * row fails with one message naming the file and line.
 *
 * <p>The shipped lexicon ({@link #shipped()}) is {@code lexicon-en.tsv} with the negators of
 * {@code negators-en.txt} and the rule lists of {@code negation-en.tsv}, all in this package's
 * resources. A story pack ({@link StoryPack}) adds its entries with {@link #withPack}.
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

    /** The columns of a lexicon file, in order; a header names the first three and any further prefix. */
    public static final List<String> COLUMNS = List.of("category", "side", "entry", "weight", "requires", "forbids",
            "precision", "units");

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
     * @param index     0-based position in the lexicon
     * @param category  its category
     * @param entry     the entry as matched: its words joined by single spaces, with a trailing
     *                  {@code *} for a prefix pattern
     * @param words     its words as the tokenizer emits them; for a prefix pattern the last one is
     *                  the prefix (without {@code *})
     * @param prefix    whether the last word is a prefix pattern
     * @param weight    what one hit adds to its category (&gt; 0)
     * @param line      the line of the file it was read from
     * @param requires  conditions of which at least one must hold for a hit (none: no requirement)
     * @param forbids   conditions of which none may hold for a hit
     * @param precision the entry's precision on coded data, or {@code NaN} when it has no coded units
     * @param units     the number of coded units behind {@code precision} (0 when none)
     * @param source    the file it was read from (the lexicon's or a pack's)
     */
    public record Entry(int index, Category category, String entry, List<String> words, boolean prefix,
                        double weight, int line, List<Condition> requires, List<Condition> forbids,
                        double precision, int units, String source) {
        public Entry {
            words = List.copyOf(words);
            requires = List.copyOf(requires);
            forbids = List.copyOf(forbids);
        }

        /** An entry without context conditions or precision, read from {@code source}. */
        public Entry(int index, Category category, String entry, List<String> words, boolean prefix, double weight,
                     int line) {
            this(index, category, entry, words, prefix, weight, line, List.of(), List.of(), Double.NaN, 0, "");
        }

        /** The side of the entry's category. */
        public Side side() {
            return category.side();
        }

        /** {@code prefix} or {@code exact}, as in the lexicon table's {@code pattern} column. */
        public String pattern() {
            return prefix ? "prefix" : "exact";
        }

        /** Whether the entry has context conditions (checked on each candidate hit). */
        public boolean constrained() {
            return !requires.isEmpty() || !forbids.isEmpty();
        }

        /** This entry at another index and category (when a pack is merged into a lexicon). */
        Entry at(int newIndex, Category newCategory) {
            return new Entry(newIndex, newCategory, entry, words, prefix, weight, line, requires, forbids, precision,
                    units, source);
        }
    }

    private final String source;
    private final List<Category> categories;
    private final List<Entry> entries;
    private final List<String> negators;
    private final NegationRules rules;

    private Lexicon(String source, List<Category> categories, List<Entry> entries, List<String> negators,
                    NegationRules rules) {
        this.source = source;
        this.categories = List.copyOf(categories);
        this.entries = List.copyOf(entries);
        this.negators = List.copyOf(negators);
        this.rules = rules;
    }

    /**
     * The shipped English lexicon ({@value #SHIPPED}) with the shipped negators and negation rules;
     * one instance per JVM.
     */
    public static Lexicon shipped() {
        return Shipped.LEXICON;
    }

    /** Loaded on first use; class initialisation makes it one instance even when threads race. */
    private static final class Shipped {
        static final Lexicon LEXICON = parse(SHIPPED, WordList.resourceLines(Lexicon.class, SHIPPED), shippedNegators());
    }

    /**
     * Reads a lexicon file in the format of the shipped one; the negators and negation rules are the
     * shipped ones.
     *
     * @param file a UTF-8 TSV file
     * @return the lexicon
     * @throws IllegalArgumentException with one line naming the file (and line) of the problem
     */
    public static Lexicon read(Path file) {
        return parse(file.toString(), WordList.fileLines(file), shippedNegators());
    }

    /**
     * Parses lexicon lines; the negation rules are the shipped ones.
     *
     * @param source   the name errors give for the file
     * @param lines    every line of the file (numbered from 1 in messages)
     * @param negators the negators of the negation rules
     * @return the lexicon
     * @throws IllegalArgumentException as {@code source:line: problem} for the first bad row
     */
    public static Lexicon parse(String source, List<String> lines, Collection<String> negators) {
        Map<String, Category> categories = new LinkedHashMap<>();
        Map<String, Integer> categoryLine = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        int columns = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (WordList.skip(line)) {
                continue;
            }
            String where = source + ":" + n + ": ";
            String[] f = line.split("\t", -1);
            if (columns == 0) {
                columns = checkHeader(where, f, line);
                continue;
            }
            if (f.length < 3 || f.length > columns) {
                throw new IllegalArgumentException(where + "has " + f.length + " field" + (f.length == 1 ? "" : "s")
                        + "; a row is " + String.join(", ", COLUMNS.subList(0, columns))
                        + " (as the header says; the fields after entry may be left out), separated by tabs"
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
            if (f.length > 3 && !f[3].isBlank()) {
                weight = number(f[3]);
                if (!(weight > 0) || Double.isInfinite(weight)) {
                    throw new IllegalArgumentException(where + "bad weight '" + f[3].strip()
                            + "': it must be a number > 0 (default 1)");
                }
            }
            List<Condition> requires = conditions(where, "requires", f, 4);
            List<Condition> forbids = conditions(where, "forbids", f, 5);
            double precision = Double.NaN;
            int units = 0;
            String p = f.length > 6 ? f[6].strip() : "";
            String u = f.length > 7 ? f[7].strip() : "";
            if (p.isEmpty() != u.isEmpty()) {
                throw new IllegalArgumentException(where + "precision and units go together: give both (0.8 and 5) "
                        + "or leave both empty");
            }
            if (!p.isEmpty()) {
                precision = number(p);
                if (!(precision >= 0 && precision <= 1)) {
                    throw new IllegalArgumentException(where + "bad precision '" + p + "': it must be a number from 0 to 1");
                }
                try {
                    units = Integer.parseInt(u);
                } catch (NumberFormatException e) {
                    units = 0;
                }
                if (units < 1) {
                    throw new IllegalArgumentException(where + "bad units '" + u + "': it must be a whole number >= 1 "
                            + "(the coded units behind the precision)");
                }
            }
            String text = String.join(" ", words) + (prefix ? "*" : "");
            Integer before = seen.putIfAbsent(text, n);
            if (before != null) {
                throw new IllegalArgumentException(where + "entry '" + text + "' is already on line " + before
                        + "; an entry appears once in the whole lexicon");
            }
            entries.add(new Entry(entries.size(), category, text, words, prefix, weight, n, requires, forbids,
                    precision, units, source));
        }
        if (columns == 0) {
            throw new IllegalArgumentException(source + ": no header; the first line must be "
                    + "category<TAB>side<TAB>entry<TAB>weight (optionally followed by requires, forbids, precision, units)");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": no entries after the header");
        }
        return new Lexicon(source, new ArrayList<>(categories.values()), entries, normaliseNegators(negators),
                NegationRules.shipped());
    }

    private static double number(String field) {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<Condition> conditions(String where, String column, String[] f, int index) {
        if (f.length <= index || f[index].isBlank()) {
            return List.of();
        }
        try {
            return Condition.parseAll(f[index]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + column + ": " + e.getMessage());
        }
    }

    /** The number of columns the header names (3 to 8); fails unless it is a prefix of {@link #COLUMNS}. */
    private static int checkHeader(String where, String[] f, String line) {
        boolean ok = f.length >= 3 && f.length <= COLUMNS.size();
        for (int k = 0; ok && k < f.length; k++) {
            ok = f[k].strip().equalsIgnoreCase(COLUMNS.get(k));
        }
        if (!ok) {
            throw new IllegalArgumentException(where + "the first line must be the header "
                    + "category<TAB>side<TAB>entry<TAB>weight, optionally followed by requires, forbids, precision "
                    + "and units in that order (found '" + line.strip() + "')");
        }
        return f.length;
    }

    /**
     * This lexicon with a story pack's entries added after its own: a pack category with the name of
     * one of this lexicon's categories joins it (it must have the same side), a new one is added after
     * the others. The negators and negation rules stay this lexicon's.
     *
     * @param pack the pack's entries (read like a lexicon file)
     * @return the combined lexicon; its source is {@code "<this source> + <pack source>"}
     * @throws IllegalArgumentException naming the pack file and line of an entry this lexicon already
     *                                  has, or of a category on the other side
     */
    public Lexicon withPack(Lexicon pack) {
        Map<String, Category> byName = new LinkedHashMap<>();
        categories.forEach(c -> byName.put(c.name(), c));
        Map<String, Entry> byEntry = new HashMap<>();
        entries.forEach(e -> byEntry.put(e.entry(), e));
        List<Entry> merged = new ArrayList<>(entries);
        for (Entry e : pack.entries) {
            String where = e.source() + ":" + e.line() + ": ";
            Category c = byName.get(e.category().name());
            if (c == null) {
                c = new Category(e.category().name(), e.side(), byName.size());
                byName.put(c.name(), c);
            } else if (c.side() != e.side()) {
                throw new IllegalArgumentException(where + "category '" + c.name() + "' is " + e.side()
                        + " here but " + c.side() + " in " + source + "; a category has one side");
            }
            Entry already = byEntry.get(e.entry());
            if (already != null) {
                throw new IllegalArgumentException(where + "entry '" + e.entry() + "' is already in " + already.source()
                        + " (line " + already.line() + "); an entry appears once in the whole lexicon");
            }
            Entry added = e.at(merged.size(), c);
            byEntry.put(added.entry(), added);
            merged.add(added);
        }
        return new Lexicon(source + " + " + pack.source, new ArrayList<>(byName.values()), merged, negators, rules);
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
        return new Lexicon(source, categories, entries, normaliseNegators(list), rules);
    }

    /** This lexicon with other negation-rule word lists. */
    public Lexicon withNegationRules(NegationRules other) {
        return new Lexicon(source, categories, entries, negators, java.util.Objects.requireNonNull(other, "rules"));
    }

    /** The word lists of the negation rules. */
    public NegationRules negationRules() {
        return rules;
    }

    /** Where the lexicon was read from (a file path, or {@value #SHIPPED}; {@code a + b} with a pack). */
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
