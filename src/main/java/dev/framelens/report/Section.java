package dev.framelens.report;

import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.VoiceColumns;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * One section of a {@link Report}: a heading, a paragraph saying what it shows, and its parts in
 * page order — charts, tables (each written beside the page as a CSV file), notes, evidence
 * sentences. The report's writer renders it; nothing in a section is HTML.
 *
 * <p>Tablesaw tables are mutable: the writer only reads them, so hand in tables nobody changes
 * while the report is written (the {@code Framelens} facade returns fresh ones).
 *
 * @param id the element id, also the page's anchor ({@code #frame-scores}): lower-case letters,
 *     digits and hyphens, starting with a letter
 * @param nav the short name in the page's navigation bar, e.g. {@code Frame scores}
 * @param heading the section's heading, e.g. {@code Frame scores per article}
 * @param text what the section shows and how to read it (plain text)
 * @param parts what follows the text, in page order
 */
public record Section(String id, String nav, String heading, String text, List<Part> parts) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CSV_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*\\.csv");

    /** Checks the id and copies {@code parts}. */
    public Section {
        checkId(id, "section");
        Objects.requireNonNull(nav, "nav");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
    }

    /** A part of a section. */
    public sealed interface Part permits Chart, DataTable, Note, Evidence {
    }

    /**
     * A chart, drawn by {@code ChartHtml}.
     *
     * @param id the chart's element id, e.g. {@code chart-frame-scores} (unique on the page)
     * @param label what the progress messages call it, e.g. {@code frame scores}
     */
    public record Chart(String id, String label, Figure figure) implements Part {
        /** Checks the id. */
        public Chart {
            checkId(id, "chart");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(figure, "figure");
        }
    }

    /**
     * A table: its first rows on the page (sortable), every row in a CSV file beside it.
     *
     * @param csv the CSV file's name, e.g. {@code frame_scores.csv}: lower-case letters, digits,
     *     {@code _ . -}, ending in {@code .csv} (a plain file name, never a path)
     * @param id the table element's id, e.g. {@code table-frame-scores}
     * @param caption what the table shows
     * @param open whether the table is unfolded when the page opens
     */
    public record DataTable(Table table, String csv, String id, String caption, boolean open)
            implements Part {
        /** Checks the file name and the id. */
        public DataTable {
            Objects.requireNonNull(table, "table");
            if (csv == null || !CSV_NAME.matcher(csv).matches()) {
                throw new IllegalArgumentException("CSV name '" + csv + "' must be a plain file name of lower-case"
                        + " letters, digits, _ . - ending in .csv, e.g. frame_scores.csv");
            }
            checkId(id, "table");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /** A line saying why something is not there, e.g. "No actor mentions found." */
    public record Note(String text) implements Part {
        /** Checks that there is a text. */
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The evidence sentences of each article with the matched lexicon entries highlighted.
     *
     * @param evidence {@code doc, side, sentence, hits, start, end, text, entries} (the facade's {@code
     *     evidence(doc)} of every article in one table); {@code start}/{@code end} are the sentence's
     *     offsets into the document text
     * @param frameHits {@code doc, side, start, end} and, when present, {@code category, entry,
     *     matched, negated}
     * @param articles document id → its heading (e.g. {@code CNN (000)}), in page order
     * @param notes document id → a line under its heading (may be absent)
     * @param perSide sentences shown per article and side
     * @param quotations {@code doc, start, end, speaker} (the facade's {@code quotations()}): their parts of
     *     the sentences are marked as quoted and named by speaker; {@code null} marks none
     */
    public record Evidence(Table evidence, Table frameHits,
            Map<String, String> articles, Map<String, String> notes, int perSide, Table quotations) implements Part {
        /** Checks the columns and copies the maps. */
        public Evidence {
            Cells.require(evidence, "evidence", Columns.DOC, Columns.SIDE, Columns.START, Columns.END, Columns.TEXT);
            Cells.require(frameHits, "frameHits", Columns.DOC, Columns.SIDE, Columns.START, Columns.END);
            if (quotations != null) {
                Cells.require(quotations, "quotations", Columns.DOC, Columns.START, Columns.END, VoiceColumns.SPEAKER);
            }
            articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
            notes = Map.copyOf(notes);
            if (perSide < 1) {
                throw new IllegalArgumentException("perSide (" + perSide + ") must be ≥ 1");
            }
        }

        /** Evidence without quotation marks. */
        public Evidence(Table evidence, Table frameHits, Map<String, String> articles, Map<String, String> notes,
                int perSide) {
            this(evidence, frameHits, articles, notes, perSide, null);
        }
    }

    private static void checkId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id + "' must be lower-case letters, digits and"
                    + " hyphens starting with a letter, e.g. frame-scores");
        }
    }
}
