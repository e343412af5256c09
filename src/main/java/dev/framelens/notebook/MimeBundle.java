package dev.framelens.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A value rendered for Jupyter: its representations by MIME type, as a {@code display_data} or
 * {@code execute_result} message carries them ({@code text/plain} is always there). Text types
 * hold their text; JSON types ({@code application/json} and every {@code +json} type, such as
 * Plotly's {@code application/vnd.plotly.v1+json}) hold their JSON text.
 *
 * <p>{@link Notebook#render(Object)} returns one; {@link Notebook#display(Object)} of a bundle
 * shows it as it is.
 *
 * @param data MIME type → content, in the renderer's order
 */
public record MimeBundle(Map<String, String> data) {

    public MimeBundle {
        if (!data.containsKey("text/plain")) {
            throw new IllegalArgumentException("a MIME bundle needs text/plain; it has " + data.keySet());
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * The content for one MIME type.
     *
     * @throws IllegalArgumentException if the bundle has no such type (the message lists the ones it has)
     */
    public String text(String mimeType) {
        String content = data.get(mimeType);
        if (content == null) {
            throw new IllegalArgumentException("no " + mimeType + " in this bundle; it has " + String.join(", ", data.keySet()));
        }
        return content;
    }

    /** Whether a MIME type's content is JSON rather than text ({@code application/json}, {@code …+json}). */
    public static boolean isJson(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The {@code text/plain} representation. */
    @Override
    public String toString() {
        return data.get("text/plain");
    }
}
