package dev.framelens.table;

/**
 * The one HTML escaping helper of framelens: every string from a document, its metadata or a
 * result table that goes into HTML passes through {@link #escape}.
 */
public final class Html {

    private Html() {}

    /**
     * {@code s} escaped for HTML text and for a double- or single-quoted attribute value:
     * {@code & < > " '} become character references, and control characters other than tab, line
     * feed and carriage return (which HTML forbids) become U+FFFD. {@code null} becomes the empty
     * string.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                                ? "\uFFFD"
                                : null;
                    };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16);
                out.append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
