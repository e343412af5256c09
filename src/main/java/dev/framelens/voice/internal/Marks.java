package dev.framelens.voice.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks into the top-level quoted spans of a text.
 *
 * <ul>
 *   <li>Two families: double ({@code “ ” „ « » "}) and single ({@code ‘ ’ ‹ › '}). A closing mark
 *       closes the innermost open mark of its family; marks of the other family inside a quotation
 *       are part of its text (a nested quotation is not a quotation of its own).</li>
 *   <li>Straight marks take their direction from their neighbours: {@code "} closes an open
 *       {@code "}, else opens after a space, a bracket, a dash or the start of a line; {@code '}
 *       opens only before a letter after a space (so {@code rock 'n' roll} and apostrophes stay
 *       apostrophes) and closes an open {@code '} before a non-letter; {@code ’} closes an open
 *       single quotation before a non-letter and is an apostrophe otherwise.</li>
 *   <li><b>Paragraphs</b>: a paragraph that ends inside a quotation continues it when the next
 *       paragraph opens with a mark of the same family (the re-opening mark is part of the quoted
 *       text); otherwise the quotation ends with its paragraph (unclosed).</li>
 *   <li>A new opening mark of the same family while a double quotation is open ends the open one
 *       just before it (a missing closing mark).</li>
 *   <li>A closing double mark with nothing open, right after {@code . , ! ? …}, closes a quotation
 *       whose opening mark is missing: it starts at the start of the sentence (or after the
 *       previous quotation in that sentence, or at the start of its paragraph) when that holds at
 *       least three words.</li>
 * </ul>
 */
public final class Marks {
    private Marks() {
    }

    /**
     * A top-level quoted span.
     *
     * @param open  unit of the opening mark, or -1 when it is missing
     * @param close unit of the closing mark, or -1 when the quotation is unclosed
     * @param first first unit of the quoted text
     * @param last  last unit of the quoted text
     */
    public record Span(int open, int close, int first, int last) {
    }

    private static final int DOUBLE = 0;
    private static final int SINGLE = 1;

    private record Open(int unit, int family, boolean straight) {
    }

    /** The top-level spans of {@code u}, in text order. */
    public static List<Span> pair(Units u) {
        List<Span> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        String text = u.text();
        int lastTopClose = -1;
        int paragraph = -1;
        for (int i = 0; i < u.size(); i++) {
            if (u.paragraph(i) != paragraph) {
                boolean reopened = false;
                if (!stack.isEmpty()) {
                    Open top = stack.get(0);
                    if (u.type(i) == Units.QUOTE && family(u.first(i)) == top.family && opens(text, u, i)) {
                        // the quotation continues into this paragraph; its re-opening mark is text
                        stack.subList(1, stack.size()).clear();
                        reopened = true;
                    } else {
                        add(out, top.unit, -1, top.unit + 1, i - 1);
                        stack.clear();
                        lastTopClose = i - 1;
                    }
                }
                paragraph = u.paragraph(i);
                if (reopened) {
                    continue;
                }
            }
            if (u.type(i) != Units.QUOTE) {
                continue;
            }
            char c = u.first(i);
            int family = family(c);
            int openAt = find(stack, family);
            boolean closer;
            boolean straight = c == '"' || c == '\'';
            switch (c) {
                case '\u201C', '\u201E', '\u00AB', '\u2018', '\u2039' -> closer = false;
                case '\u201D', '\u00BB', '\u203A' -> closer = true;
                case '\u2019' -> {
                    if (openAt < 0 || nextIsLetter(text, u.end(i))) {
                        continue; // an apostrophe
                    }
                    closer = true;
                }
                case '"' -> closer = openAt >= 0 && stack.get(openAt).straight || !opens(text, u, i);
                default -> { // straight single
                    if (openAt >= 0 && stack.get(openAt).straight && !nextIsLetter(text, u.end(i))) {
                        closer = true;
                    } else if (spaceBefore(text, u.start(i)) && nextIsLetter(text, u.end(i))) {
                        closer = false;
                    } else {
                        continue; // an apostrophe
                    }
                }
            }
            if (closer) {
                if (openAt < 0) {
                    if (stack.isEmpty() && family == DOUBLE) {
                        missingOpen(u, i, lastTopClose, out);
                        lastTopClose = i;
                    }
                    continue;
                }
                if (openAt == 0) {
                    add(out, stack.get(0).unit, i, stack.get(0).unit + 1, i - 1);
                    stack.clear();
                    lastTopClose = i;
                } else {
                    stack.subList(openAt, stack.size()).clear();
                }
                continue;
            }
            if (!stack.isEmpty() && family == DOUBLE && stack.get(0).family == DOUBLE) {
                // a second opening double mark: the open quotation lost its closing mark
                add(out, stack.get(0).unit, -1, stack.get(0).unit + 1, i - 1);
                stack.clear();
                lastTopClose = i - 1;
            }
            stack.add(new Open(i, family, straight));
        }
        if (!stack.isEmpty()) {
            add(out, stack.get(0).unit, -1, stack.get(0).unit + 1, u.size() - 1);
        }
        out.sort(Comparator.comparingInt(Span::first));
        return out;
    }

    private static void missingOpen(Units u, int close, int lastTopClose, List<Span> out) {
        int before = close - 1;
        if (before < 0 || !(u.isPunct(before, '.') || u.isPunct(before, ',') || u.isPunct(before, '!')
                || u.isPunct(before, '?') || u.isPunct(before, '\u2026'))) {
            return;
        }
        int first = u.sentenceFirst(before);
        while (first < close && (first <= lastTopClose || u.paragraph(first) != u.paragraph(close))) {
            first++;
        }
        int words = 0;
        for (int k = first; k < close; k++) {
            if (u.isWord(k)) {
                words++;
            }
        }
        if (words >= 3) {
            add(out, -1, close, first, close - 1);
        }
    }

    private static void add(List<Span> out, int open, int close, int first, int last) {
        if (first <= last) {
            out.add(new Span(open, close, first, last));
        }
    }

    private static int find(List<Open> stack, int family) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).family == family) {
                return k;
            }
        }
        return -1;
    }

    private static int family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> DOUBLE;
            default -> SINGLE;
        };
    }

    /** Whether the mark at unit {@code i} can open: not a closing-only mark, and a straight mark after a space. */
    private static boolean opens(String text, Units u, int i) {
        char c = u.first(i);
        return switch (c) {
            case '\u201C', '\u201E', '\u00AB', '\u2018', '\u2039' -> true;
            case '"' -> spaceBefore(text, u.start(i)) || !nextIsSpace(text, u.end(i));
            case '\'' -> spaceBefore(text, u.start(i)) && nextIsLetter(text, u.end(i));
            default -> false;
        };
    }

    private static boolean spaceBefore(String text, int at) {
        if (at == 0) {
            return true;
        }
        char p = text.charAt(at - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '\u2014' || p == '\u2013' || p == '-'
                || p == '\u00A0';
    }

    private static boolean nextIsLetter(String text, int at) {
        return at < text.length() && Character.isLetterOrDigit(text.codePointAt(at));
    }

    private static boolean nextIsSpace(String text, int at) {
        return at >= text.length() || Character.isWhitespace(text.charAt(at)) || !Character.isLetterOrDigit(text.codePointAt(at))
                && text.charAt(at) != '[' && text.charAt(at) != '(' && text.charAt(at) != '\u2026';
    }
}
