package dev.framelens.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One article.
 *
 * @param id       the document id: the file name without {@code .txt}, the {@code doc} or
 *                 {@code id} field of a CSV/JSONL row, or {@code row-N}
 * @param title    its headline (first line of a text file, a {@code title}/{@code headline}
 *                 field), may be empty
 * @param text     the text all offsets refer to (after boilerplate cleaning unless read raw)
 * @param metadata metadata columns in their order (unmodifiable)
 */
public record Document(String id, String title, String text, Map<String, String> metadata) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A metadata value, or {@code ""} when the document has none for {@code column}. */
    public String meta(String column) {
        return metadata.getOrDefault(column, "");
    }
}
