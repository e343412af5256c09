package dev.framelens.voice.internal;

import dev.framelens.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into the units the quotation rules read: words (with their case and a possessive
 * flag), punctuation and quotation marks, each with its offsets, paragraph and sentence. Immutable
 * once built.
 *
 * <ul>
 *   <li><b>Words</b>: runs of letters and digits; an apostrophe between letters ({@code don’t},
 *       {@code he’d}), a hyphen between letters or digits ({@code Kyou-hyun}, {@code Vice-President}),
 *       a comma or period between digits ({@code 11,000}, {@code 3.5}), the periods of a dotted
 *       initialism ({@code U.S.}), of a single capital initial ({@code W.}) and of a title
 *       ({@code Mr.}, {@link Tokenizer#ABBREVIATIONS}) stay in the word. A possessive
 *       {@code ’s} / {@code 's} (and the {@code ’} after a plural in {@code s}) is not part of the
 *       word: the word ends before it and is flagged {@link #possessive(int)}.</li>
 *   <li><b>Quotation marks</b> ({@link #QUOTE}): {@code " “ ” „ « » ‹ › ‘} and {@code ’ '} where
 *       they are not an apostrophe (not between letters and not a possessive). Their direction is
 *       decided by {@link Marks}.</li>
 *   <li><b>Punctuation</b>: every other non-space character, one unit each.</li>
 *   <li><b>Paragraphs</b> are lines: a line break starts a new paragraph.</li>
 *   <li><b>Sentences</b> are those of {@link Tokenizer} (the frame scores' sentences): a unit belongs
 *       to the sentence whose first word starts at or before it, where opening quotation marks and
 *       brackets just before that word belong to it.</li>
 * </ul>
 */
public final class Units {
    /** A word. */
    public static final byte WORD = 0;
    /** One punctuation character. */
    public static final byte PUNCT = 1;
    /** A quotation mark (direction decided later). */
    public static final byte QUOTE = 2;

    private static final Set<String> TITLE_ABBREVIATIONS = Set.copyOf(Tokenizer.ABBREVIATIONS);

    private final String text;
    private final int n;
    private final int[] start;
    private final int[] end;
    private final byte[] type;
    private final boolean[] possessive;
    private final int[] paragraph;
    private final int[] sentence;
    private final String[] lower;
    private final int sentences;

    private Units(String text, Builder cut) {
        this.text = text;
        this.n = cut.n;
        start = Arrays.copyOf(cut.start, n);
        end = Arrays.copyOf(cut.end, n);
        type = Arrays.copyOf(cut.type, n);
        possessive = Arrays.copyOf(cut.possessive, n);
        paragraph = new int[n];
        lower = new String[n];
        int para = 0;
        int lastEnd = 0;
        for (int i = 0; i < n; i++) {
            for (int k = lastEnd; k < start[i]; k++) {
                if (text.charAt(k) == '\n') {
                    para++;
                }
            }
            lastEnd = start[i];
            paragraph[i] = para;
            lower[i] = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
        }
        // sentence starts from the tokenizer, moved back over opening quotes and brackets
        List<Integer> starts = new ArrayList<>();
        new Tokenizer().tokenize(text, (buf, len, s, e, sent) -> {
            if (sent > starts.size()) {
                int b = s;
                while (b > 0 && isOpener(text.charAt(b - 1))) {
                    b--;
                }
                starts.add(b);
            }
        });
        sentences = starts.size();
        sentence = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k + 1 < starts.size() && starts.get(k + 1) <= start[i]) {
                k++;
            }
            sentence[i] = k;
        }
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2039' || c == '\u2018'
                || c == '\'' || c == '(' || c == '[';
    }

    /** The units as they are cut: growing arrays. */
    private static final class Builder {
        int n;
        int[] start = new int[64];
        int[] end = new int[64];
        byte[] type = new byte[64];
        boolean[] possessive = new boolean[64];

        void add(int from, int to, byte kind, boolean isPossessive) {
            if (n == start.length) {
                int size = 2 * n;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                type = Arrays.copyOf(type, size);
                possessive = Arrays.copyOf(possessive, size);
            }
            start[n] = from;
            end[n] = to;
            type[n] = kind;
            possessive[n] = isPossessive;
            n++;
        }
    }

    /** Cuts {@code text} into units. */
    public static Units of(String text) {
        Builder units = new Builder();
        int len = text.length();
        int i = 0;
        while (i < len) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                int j = wordEnd(text, i);
                boolean isPossessive = false;
                int after = j;
                if (j < len && isApostrophe(text.charAt(j))) {
                    if (j + 1 < len && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                            && (j + 2 >= len || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                        isPossessive = true;
                        after = j + 2;
                    } else if ((text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
                            && (j + 1 >= len || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                        isPossessive = true;
                        after = j + 1;
                    }
                }
                units.add(i, j, WORD, isPossessive);
                i = after;
                continue;
            }
            char c = text.charAt(i);
            units.add(i, i + Character.charCount(cp), isQuoteChar(c) ? QUOTE : PUNCT, false);
            i += Character.charCount(cp);
        }
        return new Units(text, units);
    }

    /** Offset after the word starting at {@code i} (see the class rules). */
    private static int wordEnd(String text, int i) {
        int len = text.length();
        int j = i;
        while (j < len) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                j += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(j);
            boolean prevLetter = j > i && Character.isLetter(text.charAt(j - 1));
            boolean prevDigit = j > i && Character.isDigit(text.charAt(j - 1));
            boolean nextLetter = j + 1 < len && Character.isLetter(text.charAt(j + 1));
            boolean nextDigit = j + 1 < len && Character.isDigit(text.charAt(j + 1));
            if (isApostrophe(c) && prevLetter && nextLetter) {
                // a possessive 's is not part of the word
                if ((text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= len || !Character.isLetterOrDigit(text.charAt(j + 2)))
                        && !isContraction(text, i, j)) {
                    return j;
                }
                j++;
                continue;
            }
            if ((c == '-' || c == '\u2010' || c == '\u2011') && (prevLetter || prevDigit) && (nextLetter || nextDigit)) {
                j++;
                continue;
            }
            if ((c == ',' || c == '.') && prevDigit && nextDigit) {
                j++;
                continue;
            }
            if (c == '.') {
                String w = text.substring(i, j);
                // U.S. / U.K. / W. (an initial) / Mr. (a title)
                boolean initialism = j - i == 1 && Character.isLetter(text.charAt(i))
                        && (Character.isUpperCase(text.charAt(i)) || (nextLetter && j + 2 < len && text.charAt(j + 2) == '.'));
                boolean dotted = w.indexOf('.') > 0 && w.length() >= 3 && w.charAt(w.length() - 2) == '.';
                boolean continued = nextLetter && j + 2 < len && text.charAt(j + 2) == '.';
                if (initialism || dotted || continued || TITLE_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(text.charAt(i))) {
                    j++;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    private static boolean isContraction(String text, int wordStart, int apostrophe) {
        String w = text.substring(wordStart, apostrophe).toLowerCase(Locale.ROOT);
        return switch (w) {
            case "it", "that", "he", "she", "what", "there", "here", "who", "let", "where", "how" -> true;
            default -> false;
        };
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2039' || c == '\u203A' || c == '\u2018' || c == '\u2019' || c == '\'';
    }

    /** The text the units were cut from. */
    public String text() {
        return text;
    }

    /** Number of units. */
    public int size() {
        return n;
    }

    /** Number of sentences. */
    public int sentences() {
        return sentences;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte type(int i) {
        return type[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < n && type[i] == WORD;
    }

    /** Whether unit {@code i} is the punctuation character {@code c}. */
    public boolean isPunct(int i, char c) {
        return i >= 0 && i < n && type[i] == PUNCT && text.charAt(start[i]) == c;
    }

    /** Whether unit {@code i} is punctuation (not a quotation mark). */
    public boolean isPunct(int i) {
        return i >= 0 && i < n && type[i] == PUNCT;
    }

    /** The unit's first character. */
    public char first(int i) {
        return text.charAt(start[i]);
    }

    /** Whether the unit's first character is an upper-case letter. */
    public boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.codePointAt(start[i]));
    }

    /** Whether the word had a possessive {@code ’s} (or plural {@code s’}) after it. */
    public boolean possessive(int i) {
        return possessive[i];
    }

    /** 0-based paragraph (line) number. */
    public int paragraph(int i) {
        return paragraph[i];
    }

    /** 0-based sentence number. */
    public int sentence(int i) {
        return sentence[i];
    }

    /** The unit as written. */
    public String word(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The unit lower-cased. */
    public String lower(int i) {
        return lower[i];
    }

    /** Whether the lower-cased unit is one of {@code words}. */
    public boolean is(int i, String... words) {
        if (i < 0 || i >= n) {
            return false;
        }
        for (String w : words) {
            if (lower[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether unit {@code i} is in {@code set} (lower-cased). */
    public boolean in(int i, Set<String> set) {
        return i >= 0 && i < n && set.contains(lower[i]);
    }

    /** First unit of {@code i}'s sentence. */
    public int sentenceFirst(int i) {
        int j = i;
        while (j > 0 && sentence[j - 1] == sentence[i]) {
            j--;
        }
        return j;
    }

    /** Last unit of {@code i}'s sentence. */
    public int sentenceLast(int i) {
        int j = i;
        while (j + 1 < n && sentence[j + 1] == sentence[i]) {
            j++;
        }
        return j;
    }

    /** The text from unit {@code a} to unit {@code b} (inclusive), as written. */
    public String span(int a, int b) {
        return text.substring(start[a], end[b]);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, 40); i++) {
            b.append(word(i)).append(type[i] == WORD ? "" : "/" + type[i]).append(' ');
        }
        return "Units[" + n + ": " + b + "]";
    }
}
