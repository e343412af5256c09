package dev.framelens.framing;

import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A context condition of a lexicon entry: a set of words, one of which must stand at a given place
 * around the hit, in the same sentence. Entries carry two lists of them, {@code requires} and
 * {@code forbids} (columns of the lexicon file; see {@code docs/LEXICON.md}): a candidate hit is
 * kept when at least one {@code requires} condition holds (or there is none) and no {@code forbids}
 * condition holds.
 *
 * <p>Written {@code PLACE[N]:word|word|…}, for example {@code next:liability|company},
 * {@code prev:only}, {@code near3:threat|danger}, {@code prev2:is|are}:
 * <ul>
 *   <li>{@code prev}: one of the N tokens right before the hit's first token;</li>
 *   <li>{@code next}: one of the N tokens right after the hit's last token;</li>
 *   <li>{@code near}: one of the N tokens before or after the hit;</li>
 * </ul>
 * A word written {@value #DANGER} stands for the shipped list of danger words ({@value #DANGER_FILE}).
 * N is 1 to {@value #MAX_DISTANCE} (default 1). Tokens are counted in the unfiltered stream (stop
 * words count, punctuation is not a token, a merged phrase is one token) and never across the
 * sentence's ends. Each word is written as the tokenizer emits it ({@code US} becomes
 * {@code u.s.}); a trailing {@code *} makes it a prefix ({@code quantit*}). A word is compared with
 * a token's whole term.
 *
 * @param place    where to look
 * @param distance how many tokens, 1 to {@value #MAX_DISTANCE}
 * @param words    the words, a trailing {@code *} for a prefix, in the order written
 */
public record Condition(Place place, int distance, List<String> words) {

    /** The largest distance a condition may look. */
    public static final int MAX_DISTANCE = 10;

    /** Where a condition looks, relative to the hit. */
    public enum Place {
        /** The tokens before the hit's first token. */
        PREV("prev"),
        /** The tokens after the hit's last token. */
        NEXT("next"),
        /** The tokens before or after the hit. */
        NEAR("near");

        private final String label;

        Place(String label) {
            this.label = label;
        }

        /** How the place is written: {@code prev}, {@code next} or {@code near}. */
        public String label() {
            return label;
        }
    }

    public Condition {
        words = List.copyOf(words);
        if (distance < 1 || distance > MAX_DISTANCE) {
            throw new IllegalArgumentException("distance (" + distance + ") must be 1 to " + MAX_DISTANCE);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one word");
        }
    }

    /** Whether the condition looks at the tokens before the hit. */
    public boolean before() {
        return place != Place.NEXT;
    }

    /** Whether the condition looks at the tokens after the hit. */
    public boolean after() {
        return place != Place.PREV;
    }

    /** The condition as written in a lexicon file: {@code next2:of|for}. */
    @Override
    public String toString() {
        return place.label + (distance == 1 ? "" : Integer.toString(distance)) + ":" + String.join("|", words);
    }

    /** Conditions as written in a lexicon column: separated by single spaces. */
    public static String format(List<Condition> conditions) {
        List<String> out = new ArrayList<>();
        conditions.forEach(c -> out.add(c.toString()));
        return String.join(" ", out);
    }

    /**
     * Parses a lexicon column of conditions separated by spaces ({@code prev:only next2:of|for});
     * blank gives no conditions.
     *
     * @param text   the column as written
     * @return the conditions, in the order written
     * @throws IllegalArgumentException saying what is wrong with which condition and how to write it
     */
    public static List<Condition> parseAll(String text) {
        List<Condition> out = new ArrayList<>();
        for (String part : text.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                out.add(parse(part));
            }
        }
        return out;
    }

    /**
     * Parses one condition, {@code PLACE[N]:word|word…}.
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static Condition parse(String text) {
        int colon = text.indexOf(':');
        String how = "; write prev:, next: or near: with an optional distance and words separated by |, "
                + "as in next2:liability|company";
        if (colon < 0) {
            throw new IllegalArgumentException("condition '" + text + "' has no ':' (conditions are separated by spaces, "
                    + "so a word cannot hold one)" + how);
        }
        String head = text.substring(0, colon).toLowerCase(Locale.ROOT);
        int digits = head.length();
        while (digits > 0 && Character.isDigit(head.charAt(digits - 1))) {
            digits--;
        }
        String name = head.substring(0, digits);
        Place place = null;
        for (Place p : Place.values()) {
            if (p.label.equals(name)) {
                place = p;
            }
        }
        if (place == null) {
            throw new IllegalArgumentException("condition '" + text + "': unknown place '" + name + "'" + how);
        }
        int distance = 1;
        if (digits < head.length()) {
            String n = head.substring(digits);
            distance = n.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(n);
            if (distance < 1 || distance > MAX_DISTANCE) {
                throw new IllegalArgumentException("condition '" + text + "': distance " + n + " must be 1 to "
                        + MAX_DISTANCE);
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : text.substring(colon + 1).split("\\|", -1)) {
            if (w.equals(DANGER)) {
                words.addAll(Danger.WORDS);
            } else {
                words.add(word(text, w));
            }
        }
        return new Condition(place, distance, words);
    }

    /**
     * The word a condition may use for the shipped list of danger words ({@value #DANGER_FILE}): nouns and
     * verbs that name a danger, a harm or a problem ({@code threat*}, {@code risk*}, {@code war},
     * {@code disease*}, …). {@code near8:@danger} keeps a reassurance cue only where a danger is named
     * near it: "the threat is exaggerated", not "the hype around the film".
     */
    public static final String DANGER = "@danger";

    /** The resource of {@link #DANGER}'s words, one per line, in this package. */
    public static final String DANGER_FILE = "danger-en.txt";

    /** Loaded on first use. */
    private static final class Danger {
        static final List<String> WORDS = load();

        private static List<String> load() {
            List<String> out = new ArrayList<>();
            for (String w : dev.framelens.text.WordList.resource(Condition.class, DANGER_FILE)) {
                out.add(word(DANGER, w));
            }
            return List.copyOf(out);
        }
    }

    /** One word of a condition, normalised as the tokenizer emits it. */
    private static String word(String condition, String written) {
        boolean prefix = written.endsWith("*");
        String stem = prefix ? written.substring(0, written.length() - 1) : written;
        if (stem.isEmpty()) {
            throw new IllegalArgumentException("condition '" + condition + "' has an empty word; separate words with "
                    + "a single |");
        }
        if (stem.indexOf('*') >= 0) {
            throw new IllegalArgumentException("condition '" + condition + "': word '" + written + "': '*' is only "
                    + "allowed at the end (a prefix)");
        }
        List<String> w = Analyzer.words(stem);
        String lower = stem.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.size() != 1 || prefix && !w.get(0).equals(lower)) {
            throw new IllegalArgumentException("condition '" + condition + "': word '" + written
                    + "' is not one word as the tokenizer emits it"
                    + (w.isEmpty() ? "" : " (it becomes '" + String.join(" ", w) + "')"));
        }
        return w.get(0) + (prefix ? "*" : "");
    }
}
