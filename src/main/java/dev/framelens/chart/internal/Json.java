package dev.framelens.chart.internal;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for Plotly trace attributes, safe to embed in an HTML {@code <script>}.
 *
 * <p>Supported values: {@code null}, {@link String}, {@link Boolean}, {@link Number}, {@code double[]},
 * {@code double[][]}, {@code String[]}, {@code Object[]}, {@link Collection} and {@link Map} (keys as
 * strings, iteration order kept). Non-finite numbers ({@code NaN}, infinities) are written as
 * {@code null}, which Plotly draws as a gap.
 *
 * <p>Strings are escaped for JSON <em>and</em> for the HTML script context: besides quote, backslash
 * and control characters, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as
 * {@code \}{@code uXXXX} escapes, so no string can close the surrounding {@code <script>} element or
 * open an HTML comment. Numbers use {@link Double#toString(double)} (locale independent); integral
 * values below 10<sup>15</sup> are written without a fraction ({@code 3}, not {@code 3.0}).
 */
public final class Json {

    private Json() {}

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Appends the JSON text of {@code value} to {@code out}. */
    public static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
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
            out.append('[');
            for (int i = 0; i < m.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(m[i], out);
            }
            out.append(']');
        } else if (value instanceof Object[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a[i], out);
            }
            out.append(']');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(o, out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as JSON; use a String, number, boolean,"
                            + " array, list or map");
        }
    }

    /** Appends {@code d} as a JSON number, or {@code null} when it is not finite. */
    public static void number(double d, StringBuilder out) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(Double.toString(d));
        }
    }

    /** Appends {@code s} as a quoted JSON string, escaped for an HTML script context. */
    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, out);
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
