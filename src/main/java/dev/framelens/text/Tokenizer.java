package dev.framelens.text;

/**
 * The framelens word tokenizer: one pass over the characters of a text, no regular expressions,
 * no object per token.
 *
 * <h2>Speed</h2>
 * The text is copied once into a reused char buffer; every BMP character is classified and
 * lower-cased through two 64 K lookup tables built at class load, so the loop does no
 * {@link Character} calls except for supplementary characters and at sentence ends, and the
 * term's hash ({@link #hash()}, equal to {@link String#hashCode()} of the term) is computed while
 * the token is scanned.
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
 *       ({@code anti-tank}, {@code jong-un}, {@code face-to-face}); em and en dashes always split,
 *       and so do two or more hyphens ({@code sphere--the}) and a hyphen with a space on either
 *       side ({@code peace - a}). A single hyphen is also read as a <b>dash</b>, and splits, when
 *       the hyphenation has exactly two parts (no second hyphen joins a third word) and one whole
 *       part is a function word that never forms an English compound:
 *       {@code the, an, and, but, of, we, they, our, their, that, this, these, those, which} on
 *       either side ({@code crisis-the} → {@code crisis}, {@code the}), and {@code a} (written
 *       in lower case), {@code he}, {@code she} as the second part only ({@code peace-a} →
 *       {@code peace}, {@code a}). Left out on purpose, because they do form compounds:
 *       {@code in} ({@code in-depth}, {@code sit-in}, {@code Jae-in}), {@code to}, {@code on},
 *       {@code up}, {@code by}, {@code so}, {@code or} ({@code either-or}), {@code it}
 *       ({@code post-it}), {@code i} ({@code I-95}, {@code Type-I}), {@code you}
 *       ({@code thank-you}), {@code a}/{@code he}/{@code she} as the first part
 *       ({@code a-political}, {@code A-level}, {@code he-man}, {@code she-wolf}) and a capital
 *       {@code A} after a hyphen ({@code type-A}). Compounds of three or more parts never split
 *       ({@code state-of-the-art}, {@code mother-in-law}, {@code green-and-yellow}). The decision
 *       is made at a hyphen only, looking at the part after it; offsets stay those of the
 *       parts.</li>
 *   <li><b>Numbers</b> keep their thousands and decimal separators and their units:
 *       {@code 11,000}, {@code 3.5}, {@code 122mm}, {@code 2024}.</li>
 *   <li><b>Abbreviations</b>: a dotted initialism ({@code U.S.}, {@code U.N.}, {@code e.g.}) is one
 *       token with its dots. The upper-case forms {@code US}, {@code UN} and {@code UK} become
 *       {@code u.s.}, {@code u.n.} and {@code u.k.}, so the country never folds into the pronoun
 *       {@code us}. <b>Capitals</b>: in a sentence written in capitals, case says nothing, so a
 *       bare {@code US} is lower-cased like its neighbours to the pronoun {@code us}
 *       ("LET US PRAY"), unless it is the sentence's first word ("US WARNS RUSSIA") or follows
 *       {@code the} ("THE US ECONOMY"), where it stays {@code u.s.}. A sentence is in capitals
 *       when at least three quarters of the cased letters of its words of three or more letters
 *       are upper case (two-letter words such as {@code US}, {@code EU}, {@code UN} and dotted
 *       initials do not count). {@code U.S.} with dots is always {@code u.s.}.</li>
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

    /** Lower-case abbreviations after which a period does not end a sentence (immutable). */
    public static final java.util.List<String> ABBREVIATIONS = java.util.List.of(
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
        "capt", "cmdr", "adm", "maj", "jr", "sr", "rev", "hon", "pres", "vs", "inc", "corp", "ltd",
        "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "dept", "univ", "ft", "mt", "no"
    );

    private static final String[] CONTRACTIONS_S = {
        "it", "that", "he", "she", "what", "there", "here", "who", "let", "where", "how"
    };

    /**
     * Function words that make a single hyphen next to them a dash, as either part of a two-part
     * hyphenation; see the class rules for the words left out and why.
     */
    private static final String[] DASH_WORDS = {
        "the", "an", "and", "but", "of", "we", "they", "our", "their", "that", "this", "these",
        "those", "which"
    };

    /**
     * Function words that make a hyphen a dash only as the second part ({@code a} only when written
     * in lower case): as the first part they form compounds ({@code a-political}, {@code he-man}).
     */
    private static final String[] DASH_WORDS_AFTER = {"a", "he", "she"};

    /** Longest word in {@link #DASH_WORDS} and {@link #DASH_WORDS_AFTER}. */
    private static final int DASH_WORD_MAX = 5;

    private static final char[][] ABBREV = toChars(ABBREVIATIONS.toArray(new String[0]));
    private static final char[][] DASH = toChars(DASH_WORDS);
    private static final char[][] DASH_AFTER = toChars(DASH_WORDS_AFTER);
    private static final char[][] THE = {{'t', 'h', 'e'}};
    private static final char[][] CONTRACTION_STEMS = toChars(CONTRACTIONS_S);

    // character classes
    private static final byte OTHER = 0;
    private static final byte LOWER = 1;   // a letter that lower-cases to itself (or has no case)
    private static final byte UPPER = 2;   // a letter that is upper case or lower-cases to another char
    private static final byte DIGIT = 3;
    private static final byte MARK = 4;    // combining mark: continues a word, never starts one
    private static final byte APOS = 5;    // ' ’ ʼ
    private static final byte HYPHEN = 6;  // - ‐ ‑
    private static final byte DOT = 7;
    private static final byte COMMA = 8;
    private static final byte TERM = 9;    // ! ? …
    private static final byte BREAK = 10;  // line breaks
    private static final byte HIGH = 11;   // high surrogate: slow path

    private static final byte[] CLASS = new byte[65536];
    private static final char[] LOWER_CASE = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char lc = (char) Character.toLowerCase(c);
            LOWER_CASE[c] = lc;
            int type = Character.getType(c);
            byte k;
            if (Character.isHighSurrogate((char) c)) {
                k = HIGH;
            } else if (Character.isDigit(c)) {
                k = DIGIT;
            } else if (Character.isLetter(c)) {
                k = Character.isUpperCase(c) || lc != c ? UPPER : LOWER;
            } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                k = MARK;
            } else {
                k = OTHER;
            }
            CLASS[c] = k;
        }
        CLASS['\''] = APOS;
        CLASS['\u2019'] = APOS;
        CLASS['\u02BC'] = APOS;
        CLASS['-'] = HYPHEN;
        CLASS['\u2010'] = HYPHEN;
        CLASS['\u2011'] = HYPHEN;
        CLASS['.'] = DOT;
        CLASS[','] = COMMA;
        CLASS['!'] = TERM;
        CLASS['?'] = TERM;
        CLASS['\u2026'] = TERM;
        CLASS['\n'] = BREAK;
        CLASS['\r'] = BREAK;
        CLASS['\u0085'] = BREAK;
        CLASS['\u2028'] = BREAK;
        CLASS['\u2029'] = BREAK;
    }

    private char[] chars = new char[256];
    private char[] buf = new char[64];
    private int len;
    private int hash;
    /** Result of the last {@link #scanWord}: offset after the token, and its end offset. */
    private int next;
    private int tokenEnd;
    private boolean lastWasAbbreviation;
    /** Offset of the first word of the current sentence. */
    private int sentenceStart;
    /** Number of the current sentence. */
    private int sentenceNumber;
    /** The sentence (number) whose {@link #sentenceInCapitals} result is in {@link #capsCached}, or 0. */
    private int capsSentence;
    private boolean capsCached;

    /**
     * The hash of the token passed to the sink right now: {@code String.hashCode()} of its
     * normalised form, computed while scanning (for {@code TermInterner.intern(char[], int, int, int)}).
     */
    public int hash() {
        return hash;
    }

    /** Tokenizes {@code text}, calling {@code sink} once per token. */
    public void tokenize(String text, Sink sink) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        tokenize(chars, n, sink);
        if (chars.length > (1 << 22)) {
            chars = new char[256]; // do not keep a huge document's buffer alive
        }
    }

    /** Tokenizes {@code text[0, n)}; offsets are indices into that array. */
    public void tokenize(char[] text, int n, Sink sink) {
        final byte[] cls = CLASS;
        int sentence = 0;
        boolean boundary = true;
        int lastEnd = -1;
        int i = 0;
        capsSentence = 0;
        while (i < n) {
            char c = text[i];
            byte kind = cls[c];
            if ((kind - LOWER & 0xFF) < 3) { // LOWER, UPPER or DIGIT (one unsigned compare)
                if (boundary) {
                    sentence++;
                    boundary = false;
                    sentenceStart = i;
                    sentenceNumber = sentence;
                }
                scanWord(text, i, n);
                sink.token(buf, len, i, tokenEnd, sentence);
                lastEnd = tokenEnd;
                i = next;
                continue;
            }
            if (kind == HIGH && i + 1 < n && Character.isLowSurrogate(text[i + 1])
                    && Character.isLetterOrDigit(Character.toCodePoint(c, text[i + 1]))) {
                if (boundary) {
                    sentence++;
                    boundary = false;
                    sentenceStart = i;
                    sentenceNumber = sentence;
                }
                scanWord(text, i, n);
                sink.token(buf, len, i, tokenEnd, sentence);
                lastEnd = tokenEnd;
                i = next;
                continue;
            }
            if (kind == BREAK) {
                boundary = true;
            } else if ((kind == DOT || kind == TERM) && !boundary) {
                boolean afterAbbrev = kind == DOT && i == lastEnd && lastWasAbbreviation;
                if (!afterAbbrev && endsSentence(text, i, n)) {
                    boundary = true;
                }
            }
            i++;
        }
    }

    /**
     * Whether the terminator run starting at {@code i} ends a sentence: it must be followed by
     * optional closing quotes/brackets, then white space or the end of the text, and the next
     * word must not begin with a lower-case letter.
     */
    private static boolean endsSentence(char[] text, int i, int n) {
        int j = i + 1;
        while (j < n) {
            char c = text[j];
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
        if (!Character.isWhitespace(text[j])) {
            return false;
        }
        while (j < n && Character.isWhitespace(text[j])) {
            if (text[j] == '\n') {
                return true;
            }
            j++;
        }
        if (j >= n) {
            return true;
        }
        return !Character.isLowerCase(Character.codePointAt(text, j, n));
    }

    private void grow() {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }

    private void put(char c) {
        if (len == buf.length) {
            grow();
        }
        buf[len++] = c;
        hash = 31 * hash + c;
    }

    private static boolean isWordStart(char[] text, int j, int n) {
        if (j >= n) {
            return false;
        }
        byte k = CLASS[text[j]];
        if (k == LOWER || k == UPPER || k == DIGIT) {
            return true;
        }
        return k == HIGH && Character.isLetterOrDigit(Character.codePointAt(text, j, n));
    }

    private static boolean isLetter(char[] text, int j, int n) {
        if (j >= n) {
            return false;
        }
        byte k = CLASS[text[j]];
        if (k == LOWER || k == UPPER) {
            return true;
        }
        return k == HIGH && Character.isLetter(Character.codePointAt(text, j, n));
    }

    private static boolean isWordChar(byte k) {
        return k == LOWER || k == UPPER || k == DIGIT || k == MARK || k == HIGH;
    }

    private static boolean isDigit(char[] text, int j, int n) {
        return j < n && text[j] >= '0' && text[j] <= '9';
    }

    /** Scans the word starting at {@code i}; sets {@link #len}, {@link #hash}, {@link #next}, {@link #tokenEnd}. */
    private void scanWord(char[] text, int i, int n) {
        final byte[] cls = CLASS;
        final char[] lower = LOWER_CASE;
        len = 0;
        hash = 0;
        boolean numeric = true; // digits and separators only, so far
        final int start = i;
        char[] b = buf;
        int l = 0;
        int h = 0;
        while (i < n) {
            char c = text[i];
            byte kind = cls[c];
            if ((kind - LOWER & 0xFF) < 4) { // LOWER, UPPER, DIGIT or MARK (one unsigned compare)
                if (l == b.length) {
                    len = l;
                    grow();
                    b = buf;
                }
                char lc = lower[c]; // digits, marks and lower-case letters map to themselves
                b[l++] = lc;
                h = 31 * h + lc;
                numeric &= kind > UPPER; // a letter ends "digits and separators only"
                i++;
                continue;
            }
            len = l;
            hash = h;
            if (kind == APOS) {
                if (isLetter(text, i + 1, n)) {
                    put('\'');
                    b = buf;
                    l = len;
                    h = hash;
                    i++;
                    continue;
                }
                break;
            }
            if (kind == HYPHEN) {
                if (isWordStart(text, i + 1, n) && !isDash(text, i, n)) {
                    put('-');
                    b = buf;
                    l = len;
                    h = hash;
                    i++;
                    continue;
                }
                break;
            }
            if ((kind == COMMA || kind == DOT) && numeric && isDigit(text, i + 1, n)) {
                put(c);
                b = buf;
                l = len;
                h = hash;
                i++;
                continue;
            }
            if (kind == DOT && l == 1 && !numeric && i + 2 < n && text[i + 2] == '.'
                    && isLetter(text, i + 1, n)) {
                i = scanInitialism(text, i, n);
                finishInitialism(text, n, i);
                return;
            }
            if (kind == HIGH && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                int cp = Character.toCodePoint(c, text[i + 1]);
                if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                    if (!Character.isDigit(cp)) {
                        numeric = false;
                    }
                    int lc = Character.toLowerCase(cp);
                    if (lc < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                        put((char) lc);
                    } else {
                        put(Character.highSurrogate(lc));
                        put(Character.lowSurrogate(lc));
                    }
                    b = buf;
                    l = len;
                    h = hash;
                    i += 2;
                    continue;
                }
            }
            break;
        }
        len = l;
        hash = h;
        next = i;
        tokenEnd = i;
        // possessive 's (repeatedly: "X's's")
        boolean changed = false;
        while (len >= 3 && buf[len - 2] == '\'' && buf[len - 1] == 's' && !isContractionStem(len - 2)) {
            len -= 2;
            tokenEnd -= 2;
            changed = true;
        }
        // US, UN, UK written in capitals are the country and the organisations; the capitals are
        // those of the token as it is kept (a possessive 'S removed above does not count)
        if (len == 2 && tokenEnd - start == 2 && cls[text[start]] == UPPER && cls[text[start + 1]] == UPPER
                && buf[0] == 'u' && (buf[1] == 's' || buf[1] == 'n' || buf[1] == 'k')
                && !(buf[1] == 's' && isPronounInCapitals(text, start, n))) {
            char second = buf[1];
            buf[1] = '.';
            buf[2] = second;
            buf[3] = '.';
            len = 4;
            changed = true;
        }
        if (changed) {
            rehash();
        }
        lastWasAbbreviation = tokenEnd < n && text[tokenEnd] == '.' && isAbbreviation(text, start);
    }

    /**
     * Whether the hyphen at {@code hyphen}, with a word starting after it, is a dash: it is the word's
     * first hyphen (a compound's later hyphens never split), the word so far ({@code buf[0, len)})
     * and the part after the hyphen are the two whole parts (no hyphen and word follow the second
     * part), and one of them is a dash word. Called at hyphens only, so the word scan stays fast.
     */
    private boolean isDash(char[] text, int hyphen, int n) {
        for (int k = 0; k < len; k++) {
            if (buf[k] == '-') {
                return false; // a later hyphen of a compound: the first one decided
            }
        }
        int from = hyphen + 1;
        int to = from;
        while (to < n) {
            byte k = CLASS[text[to]];
            if (k == LOWER || k == UPPER || k == DIGIT || k == MARK) {
                to++;
            } else if (k == HIGH && to + 1 < n && Character.isLowSurrogate(text[to + 1])) {
                to += 2;
            } else {
                break;
            }
        }
        if (to < n && CLASS[text[to]] == HYPHEN && isWordStart(text, to + 1, n)) {
            return false; // three or more parts: a compound such as face-to-face
        }
        if (len <= DASH_WORD_MAX && bufferIsOneOf(DASH, len)) {
            return true;
        }
        int partLen = to - from;
        if (partLen > DASH_WORD_MAX) {
            return false;
        }
        if (partLen == 1 && text[from] != 'a') {
            return false; // a only in lower case: type-A, vitamin-A stay whole
        }
        return textIsOneOf(DASH, text, from, partLen) || textIsOneOf(DASH_AFTER, text, from, partLen);
    }

    /** Whether {@code text[from, from + length)}, lower-cased, is one of {@code words}. */
    private static boolean textIsOneOf(char[][] words, char[] text, int from, int length) {
        outer:
        for (char[] w : words) {
            if (w.length != length) {
                continue;
            }
            for (int k = 0; k < length; k++) {
                if (LOWER_CASE[text[from + k]] != w[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a bare {@code US} at {@code start} is the pronoun: its sentence is in capitals (see the
     * class rules), it is not the sentence's first word and it does not follow {@code the}.
     */
    private boolean isPronounInCapitals(char[] text, int start, int n) {
        if (start == sentenceStart) {
            return false;
        }
        int j = start - 1;
        while (j >= sentenceStart && !isWordChar(CLASS[text[j]])) {
            j--;
        }
        if (j - 2 >= sentenceStart && textIsOneOf(THE, text, j - 2, 3)
                && (j - 3 < sentenceStart || !isLetter(text, j - 3, n))) {
            return false;
        }
        if (capsSentence != sentenceNumber) {
            capsSentence = sentenceNumber;
            capsCached = sentenceInCapitals(text, sentenceStart, start + 2, n);
        }
        return capsCached;
    }

    /**
     * Whether at least three quarters of the cased letters in the words of three or more letters
     * of the sentence starting at {@code from} are upper case. The sentence runs to a line break,
     * or to the first {@code . ! ? …} after {@code atLeast} that {@link #endsSentence} accepts.
     */
    private static boolean sentenceInCapitals(char[] text, int from, int atLeast, int n) {
        int upperTotal = 0;
        int lowerTotal = 0;
        int runLength = 0;
        int runUpper = 0;
        int runLower = 0;
        for (int j = from; j <= n; j++) {
            byte k = j < n ? CLASS[text[j]] : BREAK;
            if (k == UPPER || k == LOWER) {
                runLength++;
                if (k == UPPER) {
                    runUpper++;
                } else if (Character.isLowerCase(text[j])) {
                    runLower++;
                }
                continue;
            }
            if (k == MARK) {
                continue;
            }
            if (runLength >= 3) {
                upperTotal += runUpper;
                lowerTotal += runLower;
            }
            runLength = 0;
            runUpper = 0;
            runLower = 0;
            if (k == BREAK || (k == DOT || k == TERM) && j >= atLeast && endsSentence(text, j, n)) {
                break;
            }
        }
        return upperTotal > 0 && upperTotal >= 3 * lowerTotal;
    }

    private void rehash() {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + buf[k];
        }
        hash = h;
    }

    /** Consumes "X.Y." style initialisms from the first period at {@code i}; returns the offset after the last period. */
    private int scanInitialism(char[] text, int i, int n) {
        // buf holds one letter; text[i] == '.'
        put('.');
        i++;
        while (i + 1 < n && isLetter(text, i, n) && text[i + 1] == '.') {
            int cp = Character.codePointAt(text, i, n);
            int lc = Character.toLowerCase(cp);
            if (lc < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                put((char) lc);
            } else {
                put(Character.highSurrogate(lc));
                put(Character.lowSurrogate(lc));
            }
            put('.');
            i += Character.charCount(cp) + 1;
            if (isWordStart(text, i, n)) {
                // "U.S.A" without a final period, or a word glued on: stop here
                break;
            }
        }
        return i;
    }

    private void finishInitialism(char[] text, int n, int i) {
        tokenEnd = i;
        next = i;
        // possessive after an initialism: U.S.'s
        if (i + 1 < n && CLASS[text[i]] == APOS && text[i + 1] == 's' && !isWordStart(text, i + 2, n)) {
            next = i + 2;
        }
        lastWasAbbreviation = false;
    }

    private boolean isContractionStem(int stemLen) {
        return bufferIsOneOf(CONTRACTION_STEMS, stemLen);
    }

    /** Whether {@code buf[0, length)} (lower case already) is one of {@code words}. */
    private boolean bufferIsOneOf(char[][] words, int length) {
        return textIsOneOf(words, buf, 0, length);
    }

    /** A token followed by '.' that is a known abbreviation or a single capital initial. */
    private boolean isAbbreviation(char[] text, int start) {
        if (len > 6) {
            return false;
        }
        return len == 1 && CLASS[text[start]] == UPPER || bufferIsOneOf(ABBREV, len);
    }

    private static char[][] toChars(String[] words) {
        char[][] out = new char[words.length][];
        for (int k = 0; k < words.length; k++) {
            out[k] = words[k].toCharArray();
        }
        return out;
    }
}
