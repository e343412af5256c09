package dev.framelens.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Boilerplate cleaning for scraped news, applied unless a corpus is read raw ({@code --raw}).
 * It only removes whole lines at the end and one repeated headline at the start, plus a
 * trailing "…read more" teaser, so the text that remains is the article as written:
 * <ol>
 *   <li><b>Trailing site boilerplate</b>: from the end upwards, blank lines and lines matching
 *       {@link #TRAILING} are cut, up to the first line that matches none: "Source link",
 *       "Source:: …", "(Visited N times, …)", "Leave a Reply", "Your email address will not be
 *       published…", "Required fields are marked…", "Sign up for our … newsletter…",
 *       "Share this…", "Related articles", "All rights reserved", "Advertisement", and the
 *       Spanish subscription notice of EL PAÍS ("Tu suscripción se está usando en otro
 *       dispositivo…").</li>
 *   <li><b>Teaser tail</b>: a "…read more" / "... Read more" at the very end of the last line.</li>
 *   <li><b>Repeated headline</b>: when the second non-blank line repeats the first, it is removed.</li>
 * </ol>
 * Cleaning is line-based and runs once per document, off the hot path.
 */
public final class Cleaner {
    private Cleaner() {
    }

    /** Patterns (case-insensitive, whole stripped line) of trailing boilerplate lines. */
    public static final List<Pattern> TRAILING = List.of(
            p("source link"),
            p("source::.*"),
            p("\\(visited \\d+ times?.*\\)"),
            p("leave a (reply|comment).*"),
            p("your email address will not be published.*"),
            p("required fields are marked.*"),
            p("sign up for .*newsletter.*"),
            p("share this( article| story)?:?"),
            p("related (articles|stories|posts):?"),
            p("(copyright |© ?).*all rights reserved\\.?|all rights reserved\\.?"),
            p("advertisement"),
            p(".*(suscripci[oó]n|tu cuenta|este dispositivo|otro dispositivo|otro usuario).*"));

    private static final Pattern TEASER = Pattern.compile("\\s*(\u2026|\\.\\.\\.)\\s*read more\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The cleaned text. */
    public static String clean(String text) {
        String t = cutTrailing(text);
        if (endsWithReadMore(t)) {
            t = TEASER.matcher(t).replaceFirst("");
        }
        return dropRepeatedHeadline(t);
    }

    /**
     * Whether {@code t} ends in "read more" (ASCII case ignored) before trailing white space: the
     * only texts {@link #TEASER} can match, checked first so that the pattern is not tried at
     * every position of every text.
     */
    private static boolean endsWithReadMore(String t) {
        int end = t.length();
        while (end > 0 && isRegexSpace(t.charAt(end - 1))) {
            end--;
        }
        // the pattern's $ also matches before a final line terminator that \s does not cover
        if (end > 0 && "\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
            while (end > 0 && isRegexSpace(t.charAt(end - 1))) {
                end--;
            }
        }
        String tail = "read more";
        if (end < tail.length()) {
            return false;
        }
        for (int k = 0; k < tail.length(); k++) {
            char c = t.charAt(end - tail.length() + k);
            if (c != tail.charAt(k) && !(c >= 'A' && c <= 'Z' && c + 32 == tail.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The characters of the regular expression class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isBoilerplate(String line) {
        String s = line.strip();
        for (Pattern pattern : TRAILING) {
            if (pattern.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String cutTrailing(String text) {
        int end = text.length();
        while (end > 0) {
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(lineStart, end);
            if (!line.isBlank() && !isBoilerplate(line)) {
                break;
            }
            end = lineStart == 0 ? 0 : lineStart - 1;
        }
        return text.substring(0, end);
    }

    private static String dropRepeatedHeadline(String text) {
        int firstStart = skipBlankLines(text, 0);
        if (firstStart >= text.length()) {
            return text;
        }
        int firstEnd = lineEnd(text, firstStart);
        int secondStart = skipBlankLines(text, firstEnd);
        if (secondStart >= text.length()) {
            return text;
        }
        int secondEnd = lineEnd(text, secondStart);
        String first = text.substring(firstStart, firstEnd).strip();
        String second = text.substring(secondStart, secondEnd).strip();
        if (!first.isEmpty() && first.equals(second)) {
            int after = secondEnd < text.length() ? secondEnd + 1 : secondEnd;
            return text.substring(0, secondStart) + text.substring(after);
        }
        return text;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int skipBlankLines(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int end = lineEnd(text, i);
            if (!text.substring(i, end).isBlank()) {
                return i;
            }
            i = end + 1;
        }
        return text.length();
    }
}
