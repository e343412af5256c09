package dev.framelens.table;

import java.util.Collection;
import java.util.Map;

/**
 * The one JSON writer of framelens: the rows of {@link TableWriter}'s JSON form and the data of
 * every chart (Plotly trace attributes) go through it. (Reading JSON input is the corpus reader's
 * business.)
 *
 * <p>Supported values: {@code null}, {@link String}, {@link Boolean}, {@link Number}, {@code double[]},
 * {@code double[][]}, {@code Object[]}, {@link Collection} and {@link Map} (keys as strings,
 * iteration order kept). Numbers follow {@link Numbers#exact}: integer types ({@code Integer},
 * {@code Long}, {@code Short}, {@code Byte}) in full, a {@code Float} as {@link Float#toString(float)},
 * other numbers as {@link Double#toString(double)}
 * ({@code 3.0}, {@code 0.125}, {@code 1.0E-5}, all valid JSON); NaN and infinities, which JSON cannot
 * write, are {@code null} (Plotly draws a gap).
 *
 * <p>Strings are escaped as JSON requires (quote, backslash, control characters), and U+2028 and
 * U+2029 too, so the text is also a valid JavaScript literal. {@link Escape#SCRIPT} additionally
 * writes {@code <}, {@code >} and {@code &} as {@code \}{@code uXXXX} escapes, so that no string can
 * close the {@code <script>} element it is embedded in or open an HTML comment: the charts use it.
 */
public final class Json {

    private Json() {}

    /** How strings are escaped. */
    public enum Escape {
        /** What JSON (and JavaScript) needs: for files and standard output. */
        PLAIN,
        /** Also {@code < > &}: for JSON inside an HTML {@code <script>} element. */
        SCRIPT
    }

    /** The JSON text of {@code value}, strings escaped for a {@code <script>} element. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, Escape.SCRIPT, out);
        return out.toString();
    }

    /** Appends the JSON text of {@code value} to {@code out}. */
    public static void write(Object value, Escape escape, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, escape, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Float f) {
            out.append(Float.isFinite(f) ? Float.toString(f) : "null");
        } else if (value instanceof Number n) {
            number(n.doubleValue(), out);
        } else if (value instanceof double[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                number(a[i], out);
            }
            out.append(']');
        } else if (value instanceof double[][] m) {
            array(m, escape, out);
        } else if (value instanceof Object[] a) {
            array(a, escape, out);
        } else if (value instanceof Collection<?> c) {
            array(c.toArray(), escape, out);
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), escape, out);
                out.append(':');
                write(e.getValue(), escape, out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as JSON; use a String, number, boolean,"
                            + " array, list or map");
        }
    }

    private static void array(Object[] values, Escape escape, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            write(values[i], escape, out);
        }
        out.append(']');
    }

    /** Appends {@code d} as a JSON number ({@link Double#toString(double)}), or {@code null} when it is not finite. */
    public static void number(double d, StringBuilder out) {
        out.append(Double.isFinite(d) ? Double.toString(d) : "null");
    }

    /** Appends {@code s} as a quoted JSON string. */
    public static void string(String s, Escape escape, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028', '\u2029' -> unicode(c, out);
                case '<', '>', '&' -> {
                    if (escape == Escape.SCRIPT) {
                        unicode(c, out);
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        unicode(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicode(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
            out.append('0');
        }
        out.append(hex);
    }
}
