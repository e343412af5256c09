package dev.framelens.chart.internal;

/**
 * Makes strings from documents and metadata safe, and literal, on a Plotly chart.
 *
 * <p>Plotly renders every piece of chart text (titles, tick labels, legend entries, hover labels)
 * through its own pseudo-HTML: tags such as {@code <b>}, {@code <br>} or {@code <a href=…>} are
 * interpreted, and the entities {@code &amp; &lt; &gt;} and numeric {@code &#NN;} are decoded (but
 * not {@code &quot;}; plotly.js 2.35 {@code svg_text_utils.convertEntities}). Data must therefore be
 * entity-escaped to show as the characters it contains.
 *
 * <p>tablesaw-jsplot 0.44.4 puts strings into the script in two ways, and they need different care:
 *
 * <ul>
 *   <li><b>Data arrays</b> ({@code x}, {@code y}, {@code text} of its traces, and every string of our
 *       own {@link JsonTrace}) are JSON-encoded, by Jackson or by {@link dev.framelens.table.Json}. Use {@link #label}: it
 *       entity-escapes {@code & < >} (so Plotly shows them literally and the script holds no
 *       {@code <}) and turns control characters into spaces.
 *   <li><b>Template fields</b> (layout title, axis titles, trace names) go through Pebble templates
 *       inside single-quoted JavaScript strings with HTML auto-escaping, which escapes
 *       {@code & < > " '} but neither backslash nor line breaks. Use {@link #templateText}: it
 *       replaces a backslash by U+2216 (∖), a double quote by U+201D (”) because Plotly would show
 *       Pebble's {@code &quot;} verbatim, and control characters by spaces. Pebble's other escapes
 *       are decoded by Plotly, so the rest of the text shows as written.
 * </ul>
 */
public final class PlotlyText {

    private PlotlyText() {}

    /** A string for a JSON-encoded data array: {@code & < >} as entities, control characters as spaces. */
    public static String label(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(isControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A string for a jsplot Pebble template field: backslash, double quote and controls replaced. */
    public static String templateText(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append('\u2216');
                case '"' -> out.append('\u201D');
                default -> out.append(isControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Labels for a whole array, see {@link #label}. */
    public static String[] labels(java.util.List<String> values) {
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = label(values.get(i));
        }
        return out;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029';
    }
}
