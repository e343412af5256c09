package dev.framelens.corpus.internal;

import dev.framelens.corpus.CorpusException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) parser for JSON Lines input: objects become
 * {@link LinkedHashMap}s, arrays {@link List}s, numbers {@link Double} or {@link Long}.
 *
 * <p>Three rules go beyond the RFC, each reported to a {@link Listener}:
 * <ul>
 *   <li>arrays and objects may nest at most {@value #MAX_DEPTH} levels deep; deeper input is an
 *       error ({@code "nesting deeper than 512 levels"}), so a hostile line cannot exhaust the
 *       stack;</li>
 *   <li>a lone surrogate ({@code "\\ud800"}, a low surrogate escape without its high half, or a
 *       high one not followed by a low one) becomes U+FFFD, as a UTF-8 decoder replaces a
 *       malformed sequence ({@link Listener#loneSurrogate});</li>
 *   <li>a key given twice in one object keeps its first position and takes the last value, as
 *       JavaScript's {@code JSON.parse} does ({@link Listener#duplicateKey}).</li>
 * </ul>
 * Errors are {@link IllegalArgumentException}s whose message ends in {@code "at character N"}.
 */
public final class Json {
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 512;

    /** What the parser repaired or resolved; both methods default to doing nothing. */
    public interface Listener {
        /** A listener that ignores everything. */
        Listener NONE = new Listener() {
        };

        /** Key {@code key} came twice in one object; the later value replaced the earlier one. */
        default void duplicateKey(String key) {
        }

        /** An unpaired surrogate in a string was replaced with U+FFFD. */
        default void loneSurrogate() {
        }
    }

    private final String s;
    private final Listener listener;
    private int i;
    private int depth;

    private Json(String s, Listener listener) {
        this.s = s;
        this.listener = listener;
    }

    /** Parses one JSON value that must fill {@code text} (white space around it allowed). */
    public static Object parse(String text) {
        return parse(text, Listener.NONE);
    }

    /** {@link #parse(String)}, telling {@code listener} about repaired surrogates and repeated keys. */
    public static Object parse(String text, Listener listener) {
        Json p = new Json(text, listener);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    /** Renders a parsed scalar as metadata text; nested values as compact JSON. */
    public static String asText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return dev.framelens.corpus.FieldText.of("", d);
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return write(v);
        }
        return v.toString();
    }

    /** Compact JSON for a value made of maps, lists, strings, numbers, booleans and nulls. */
    public static String write(Object v) {
        StringBuilder b = new StringBuilder();
        write(v, b);
        return b.toString();
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String str) {
            quote(str, b);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), b);
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int k = 0; k < l.size(); k++) {
                if (k > 0) {
                    b.append(',');
                }
                write(l.get(k), b);
            }
            b.append(']');
        } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            b.append("null");
        } else {
            b.append(v);
        }
    }

    /** Appends {@code str} as a JSON string literal. */
    public static void quote(String str, StringBuilder b) {
        b.append('"');
        for (int k = 0; k < str.length(); k++) {
            char c = str.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>' || c == '&') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + (i + 1));
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                break;
            }
        }
    }

    private Object value() {
        if (i >= s.length()) {
            throw error("value expected");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + CorpusException.quote(String.valueOf(c)));
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) {
            throw error("unexpected text");
        }
        i += word.length();
        return v;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            depth--;
            return m;
        }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("a quoted key expected");
            }
            String key = string();
            ws();
            if (i >= s.length() || s.charAt(i) != ':') {
                throw error("':' expected");
            }
            i++;
            ws();
            boolean repeated = m.containsKey(key);
            m.put(key, value());
            if (repeated) {
                listener.duplicateKey(key);
            }
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else if (i < s.length() && s.charAt(i) == '}') {
                i++;
                depth--;
                return m;
            } else {
                throw error("',' or '}' expected");
            }
        }
    }

    private List<Object> array() {
        enter();
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            depth--;
            return l;
        }
        while (true) {
            ws();
            l.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else if (i < s.length() && s.charAt(i) == ']') {
                i++;
                depth--;
                return l;
            } else {
                throw error("',' or ']' expected");
            }
        }
    }

    private String string() {
        i++;
        StringBuilder b = new StringBuilder();
        boolean surrogates = false;
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return surrogates ? repairSurrogates(b) : b.toString();
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        char u = hex4();
                        surrogates |= Character.isSurrogate(u);
                        b.append(u);
                    }
                    default -> throw error("bad escape " + CorpusException.quote("\\" + e));
                }
            } else if (c < 0x20) {
                throw error("control character in string");
            } else {
                surrogates |= Character.isSurrogate(c);
                b.append(c);
            }
        }
    }

    /** The four hex digits of a {@code \\u} escape (no sign, no fewer digits). */
    private char hex4() {
        if (i + 4 > s.length()) {
            throw error("bad \\u escape");
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char h = s.charAt(i + k);
            int d = h >= '0' && h <= '9' ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) {
                throw error("bad \\u escape");
            }
            v = v * 16 + d;
        }
        i += 4;
        return (char) v;
    }

    /** Replaces every unpaired surrogate with U+FFFD, telling the listener once per string. */
    private String repairSurrogates(StringBuilder b) {
        boolean repaired = false;
        for (int k = 0; k < b.length(); k++) {
            char c = b.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < b.length() && Character.isLowSurrogate(b.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                b.setCharAt(k, '\uFFFD');
                repaired = true;
            }
        }
        if (repaired) {
            listener.loneSurrogate();
        }
        return b.toString();
    }

    /** A number as RFC 8259 writes it: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    private Object number() {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else if (digits() == 0) {
            throw error("bad number");
        }
        boolean fraction = false;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            fraction = true;
            if (digits() == 0) {
                throw error("bad number: digits expected after '.'");
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            fraction = true;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (digits() == 0) {
                throw error("bad number: digits expected in the exponent");
            }
        }
        String num = s.substring(start, i);
        if (!fraction) {
            try {
                return Long.parseLong(num);
            } catch (NumberFormatException e) {
                // beyond a long: read it as a double, as JavaScript would
            }
        }
        return Double.parseDouble(num);
    }

    private int digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }
}
