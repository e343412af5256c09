package dev.framelens.text;

/**
 * The framelens word tokenizer: one pass over the characters of a text, no regular expressions,
 * no object per token.
 *
 * <h2>Contract</h2>
 * {@link #tokenize(String, Sink)} calls the sink once per token, in text order, with the token's
 * normalised form in {@code buf[0, len)} (valid only during the call), its character offsets
 * {@code [start, end)} into the text (UTF-16 indices, as {@link String#substring(int, int)} takes
 * them) and its 1-based sentence number. Offsets never go backwards. An instance keeps a scratch
 * buffer and is therefore <em>not</em> thread-safe: use one per thread (they are cheap).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Words</b> are runs of Unicode letters and digits (combining marks stay inside a word).
 *       Everything is lower-cased ({@link Character#toLowerCase(int)}), with an ASCII fast path.</li>
 *   <li><b>Apostrophes</b>: straight {@code '}, curly {@code ’} and modifier {@code ʼ} are treated
 *       alike and normalised to {@code '}. Between letters they stay inside the word
 *       ({@code don't}, {@code isn't}, {@code won't}). A <b>possessive</b> {@code 's} is removed and
 *       the token's end offset stops before it ({@code Putin’s} → {@code putin}), except in the
 *       contractions {@code it's, that's, he's, she's, what's, there's, here's, who's, let's,
 *       where's, how's}, which stay whole. A trailing apostrophe ({@code countries'}) is dropped.</li>
 *   <li><b>Hyphens</b> ({@code -}, U+2010, U+2011) between two letters or digits keep a word whole
 *       ({@code anti-tank}, {@code jong-un}); em and en dashes always split.</li>
 *   <li><b>Numbers</b> keep their thousands and decimal separators and their units:
 *       {@code 11,000}, {@code 3.5}, {@code 122mm}, {@code 2024}.</li>
 *   <li><b>Abbreviations</b>: a dotted initialism ({@code U.S.}, {@code U.N.}, {@code e.g.}) is one
 *       token with its dots. The upper-case forms {@code US}, {@code UN} and {@code UK} become
 *       {@code u.s.}, {@code u.n.} and {@code u.k.}, so the country never folds into the pronoun
 *       {@code us} (an all-caps sentence such as "TELL US" is the known exception).</li>
 *   <li><b>Sentences</b> end at a line break, and at {@code . ! ? …} followed by white space (after
 *       optional closing quotes or brackets) when the next word does not start in lower case. A
 *       period after a title or common abbreviation ({@code Mr. Mrs. Ms. Dr. St. Gen. Sen. Jan.}
 *       …, see {@link #ABBREVIATIONS}) or after a single capital initial does not end a sentence,
 *       and a dotted initialism such as {@code U.S.} never does. Empty sentences are not counted.</li>
 * </ul>
 */
public final class Tokenizer {

    /** Receives tokens; see the class contract. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param buf      normalised form in {@code buf[0, len)}; do not keep the array
         * @param len      length of the normalised form
         * @param start    offset of the first character in the text
         * @param end      offset after the last character
         * @param sentence 1-based sentence number within the text
         */
        void token(char[] buf, int len, int start, int end, int sentence);
    }

    /** Lower-case abbreviations after which a period does not end a sentence. */
    public static final String[] ABBREVIATIONS = {
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
        "capt", "cmdr", "adm", "maj", "jr", "sr", "rev", "hon", "pres", "vs", "inc", "corp", "ltd",
        "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "dept", "univ", "ft", "mt", "no"
    };

    private static final String[] CONTRACTIONS_S = {
        "it", "that", "he", "she", "what", "there", "here", "who", "let", "where", "how"
    };

    private static final char[][] ABBREV = toChars(ABBREVIATIONS);
    private static final char[][] CONTRACTION_STEMS = toChars(CONTRACTIONS_S);

    private static final byte OTHER = 0;
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private char[] buf = new char[64];
    private int len;
    /** Result of the last {@link #scanWord}: offset after the token, and its end offset. */
    private int next;
    private int tokenEnd;
    private boolean lastWasAbbreviation;

    /** Tokenizes {@code text}, calling {@code sink} once per token. */
    public void tokenize(String text, Sink sink) {
        final int n = text.length();
        int sentence = 0;
        boolean boundary = true;
        int lastEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                byte kind = ASCII[c];
                if (kind == OTHER) {
                    if (c == '\n' || c == '\r') {
                        boundary = true;
                    } else if ((c == '.' || c == '!' || c == '?') && !boundary) {
                        boolean afterAbbrev = c == '.' && i == lastEnd && lastWasAbbreviation;
                        if (!afterAbbrev && endsSentence(text, i, n)) {
                            boundary = true;
                        }
                    }
                    i++;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(text, i);
                if (!Character.isLetterOrDigit(cp)) {
                    if (cp == 0x2026 && !boundary && endsSentence(text, i, n)) {
                        boundary = true;
                    } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                        boundary = true;
                    }
                    i += Character.charCount(cp);
                    continue;
                }
            }
            if (boundary) {
                sentence++;
                boundary = false;
            }
            scanWord(text, i, n);
            sink.token(buf, len, i, tokenEnd, sentence);
            lastEnd = tokenEnd;
            i = next;
        }
    }

    /**
     * Whether the terminator run starting at {@code i} ends a sentence: it must be followed by
     * optional closing quotes/brackets, then white space or the end of the text, and the next
     * word must not begin with a lower-case letter.
     */
    private static boolean endsSentence(String text, int i, int n) {
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '"' || c == '\''
                    || c == '\u201D' || c == '\u2019' || c == ')' || c == ']') {
                j++;
            } else {
                break;
            }
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < n && Character.isWhitespace(text.charAt(j))) {
            if (text.charAt(j) == '\n') {
                return true;
            }
            j++;
        }
        if (j >= n) {
            return true;
        }
        int cp = Character.codePointAt(text, j);
        return !Character.isLowerCase(cp);
    }

    private void put(char c) {
        if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = c;
    }

    private void putCodePoint(int cp) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            put((char) cp);
        } else {
            put(Character.highSurrogate(cp));
            put(Character.lowSurrogate(cp));
        }
    }

    private static boolean isWordChar(String text, int j, int n) {
        if (j >= n) {
            return false;
        }
        char c = text.charAt(j);
        if (c < 128) {
            return ASCII[c] != OTHER;
        }
        return Character.isLetterOrDigit(Character.codePointAt(text, j));
    }

    private static boolean isLetter(String text, int j, int n) {
        if (j >= n) {
            return false;
        }
        char c = text.charAt(j);
        if (c < 128) {
            byte k = ASCII[c];
            return k == LOWER || k == UPPER;
        }
        return Character.isLetter(Character.codePointAt(text, j));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isDigit(String text, int j, int n) {
        return j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9';
    }

    /** Scans the word starting at {@code i}; sets {@link #len}, {@link #next}, {@link #tokenEnd}. */
    private void scanWord(String text, int i, int n) {
        len = 0;
        int upper = 0;
        boolean numeric = true; // digits and separators only, so far
        final int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                byte kind = ASCII[c];
                if (kind == LOWER) {
                    put(c);
                    numeric = false;
                    i++;
                    continue;
                }
                if (kind == UPPER) {
                    put((char) (c | 0x20));
                    upper++;
                    numeric = false;
                    i++;
                    continue;
                }
                if (kind == DIGIT) {
                    put(c);
                    i++;
                    continue;
                }
                if (c == '\'') {
                    if (isLetter(text, i + 1, n)) {
                        put('\'');
                        i++;
                        continue;
                    }
                    break;
                }
                if (c == '-') {
                    if (isWordChar(text, i + 1, n)) {
                        put('-');
                        i++;
                        continue;
                    }
                    break;
                }
                if ((c == ',' || c == '.') && numeric && isDigit(text, i + 1, n)) {
                    put(c);
                    i++;
                    continue;
                }
                if (c == '.' && len == 1 && !numeric && i + 2 < n && text.charAt(i + 2) == '.'
                        && isLetter(text, i + 1, n)) {
                    i = scanInitialism(text, i, n);
                    finishInitialism(text, n, i);
                    return;
                }
                break;
            }
            if (isApostrophe(c)) {
                if (isLetter(text, i + 1, n)) {
                    put('\'');
                    i++;
                    continue;
                }
                break;
            }
            if (c == '\u2010' || c == '\u2011') {
                if (isWordChar(text, i + 1, n)) {
                    put('-');
                    i++;
                    continue;
                }
                break;
            }
            int cp = Character.codePointAt(text, i);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                if (Character.isUpperCase(cp)) {
                    upper++;
                }
                if (!Character.isDigit(cp)) {
                    numeric = false;
                }
                putCodePoint(Character.toLowerCase(cp));
                i += Character.charCount(cp);
                continue;
            }
            break;
        }
        next = i;
        tokenEnd = i;
        // possessive 's
        while (len >= 3 && buf[len - 2] == '\'' && buf[len - 1] == 's' && !isContractionStem(len - 2)) {
            len -= 2;
            tokenEnd -= 2;
        }
        // US, UN, UK written in capitals are the country and the organisations
        if (len == 2 && upper == 2 && buf[0] == 'u'
                && (buf[1] == 's' || buf[1] == 'n' || buf[1] == 'k')) {
            char second = buf[1];
            len = 0;
            put('u');
            put('.');
            put(second);
            put('.');
        }
        lastWasAbbreviation = isAbbreviation(text, start);
    }

    /** Consumes "X.Y." style initialisms from the first period at {@code i}; returns the offset after the last period. */
    private int scanInitialism(String text, int i, int n) {
        // buf holds one letter; text[i] == '.'
        put('.');
        i++;
        while (i + 1 < n && isLetter(text, i, n) && text.charAt(i + 1) == '.') {
            int cp = Character.codePointAt(text, i);
            putCodePoint(Character.toLowerCase(cp));
            put('.');
            i += Character.charCount(cp) + 1;
            if (isWordChar(text, i, n)) {
                // "U.S.A" without a final period or a following word glued on: stop here
                break;
            }
        }
        return i;
    }

    private void finishInitialism(String text, int n, int i) {
        tokenEnd = i;
        next = i;
        // possessive after an initialism: U.S.'s
        if (i + 1 < n && isApostrophe(text.charAt(i)) && text.charAt(i + 1) == 's'
                && !isWordChar(text, i + 2, n)) {
            next = i + 2;
        }
        lastWasAbbreviation = false;
    }

    private boolean isContractionStem(int stemLen) {
        outer:
        for (char[] stem : CONTRACTION_STEMS) {
            if (stem.length != stemLen) {
                continue;
            }
            for (int k = 0; k < stemLen; k++) {
                if (buf[k] != stem[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A token followed by '.' that is a known abbreviation or a single capital initial. */
    private boolean isAbbreviation(String text, int start) {
        if (tokenEnd >= text.length() || text.charAt(tokenEnd) != '.' || len > 6) {
            return false;
        }
        if (len == 1 && Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        outer:
        for (char[] a : ABBREV) {
            if (a.length != len) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                if (buf[k] != a[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static char[][] toChars(String[] words) {
        char[][] out = new char[words.length][];
        for (int k = 0; k < words.length; k++) {
            out[k] = words[k].toCharArray();
        }
        return out;
    }
}
