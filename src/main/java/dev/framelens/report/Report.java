package dev.framelens.report;

import dev.framelens.Framelens;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.TableWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * A framelens report as data: a title, the corpus at a glance, the two groups it compares (if
 * any) and a list of {@link Section}s, written by {@link ReportWriter} as one offline HTML page with
 * a CSV file per table.
 *
 * <pre>{@code
 * Report.standard(Framelens.load("seeds")).write(Path.of("report"));     // = framelens report seeds
 * Report.standard(corpus, ReportOptions.defaults().compare("outlet", "CNN", "EL PAÍS"));
 * }</pre>
 *
 * <p>{@link #standard} is the report {@code framelens report} writes, section by section from
 * {@link StandardSections}; {@link #of} assembles any other list of sections (drop one, add your
 * own). The command line, JShell and the notebooks all call this API, so a report written from Java
 * is byte for byte the one the command writes.
 *
 * <p>Immutable, but its sections hold Tablesaw tables, which are not: do not change them while
 * the report is written.
 */
public final class Report {
    private final String title;
    private final Summary summary;
    private final Comparison comparison;
    private final List<Section> sections;
    /** Threads that render the charts when the report is written. */
    private final int threads;

    private Report(String title, Summary summary, Comparison comparison, List<Section> sections) {
        this(title, summary, comparison, sections, 1);
    }

    private Report(String title, Summary summary, Comparison comparison, List<Section> sections, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        this.threads = threads;
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.comparison = comparison;
        this.sections = List.copyOf(sections);
        Set<String> ids = new HashSet<>();
        Set<String> csv = new HashSet<>();
        for (Section s : this.sections) {
            unique(ids, s.id(), "section or chart id");
            for (Section.Part p : s.parts()) {
                if (p instanceof Section.Chart c) {
                    unique(ids, c.id(), "section or chart id");
                } else if (p instanceof Section.DataTable t) {
                    unique(ids, t.id(), "section or chart id");
                    unique(csv, t.csv(), "CSV file name");
                }
            }
        }
    }

    private static void unique(Set<String> seen, String name, String what) {
        if (!seen.add(name)) {
            throw new IllegalArgumentException("the " + what + " '" + name + "' is used twice in the report");
        }
    }

    /**
     * A report of these sections.
     *
     * @param title the page title, e.g. {@code "framelens report: seeds"}
     * @param comparison the two groups the report compares, named in its header, or {@code null}
     * @throws IllegalArgumentException when two sections, charts or tables share an id, or two tables a
     *     CSV name
     */
    public static Report of(String title, Summary summary, Comparison comparison, List<Section> sections) {
        return new Report(title, summary, comparison, sections);
    }

    /** {@link #standard(Framelens, ReportOptions)} with the defaults: the shipped lexicon, {@code stance} compared. */
    public static Report standard(Framelens corpus) {
        return standard(corpus, ReportOptions.defaults().frames(corpus.frameOptions()));
    }

    /**
     * The standard framing report of {@code corpus}: the corpus summary, frame scores with their
     * intervals, the category profile, the evidence sentences, the distinctive terms of two groups,
     * actors × frames, co-occurrence, top terms, article similarity and every frame hit — the
     * sections of {@link StandardSections}, computed with {@code options}. Titled "framelens report:
     * " and the corpus's {@link Framelens#name}.
     *
     * @throws IllegalArgumentException when the comparison asked for cannot be made (the message says
     *     why)
     */
    public static Report standard(Framelens corpus, ReportOptions options) {
        return StandardSections.report(corpus, options);
    }

    /** The page title. */
    public String title() {
        return title;
    }

    /** The corpus at a glance. */
    public Summary summary() {
        return summary;
    }

    /** The two groups compared, if the report compares any. */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** The sections in page order. */
    public List<Section> sections() {
        return sections;
    }

    /** The same report with {@code extra} appended after the last section. */
    public Report with(Section extra) {
        List<Section> all = new ArrayList<>(sections);
        all.add(extra);
        return new Report(title, summary, comparison, all, threads);
    }

    /**
     * The same report, its charts rendered on {@code threads} threads when it is written (1 for
     * {@link #of}; {@link #standard} takes the corpus's {@link Framelens#threads()}). The page is the
     * same for any number.
     */
    public Report withThreads(int threads) {
        return new Report(title, summary, comparison, sections, threads);
    }

    /** The threads that render the charts; see {@link #withThreads}. */
    public int threads() {
        return threads;
    }

    /**
     * Writes the report into {@code dir} ({@code index.html}, its CSV files and {@code plotly.js}),
     * CSV cells spreadsheet-safe; see {@link ReportWriter#write} for what may already be in {@code
     * dir}.
     *
     * @return {@code dir/index.html}
     */
    public Path write(Path dir) throws IOException {
        return ReportWriter.write(this, dir, TableWriter.CsvMode.SPREADSHEET_SAFE, message -> {});
    }

    /** {@link #write(Path)} with CSV text cells written as {@code csv} says. */
    public Path write(Path dir, TableWriter.CsvMode csv) throws IOException {
        return ReportWriter.write(this, dir, csv, message -> {});
    }

    /** {@link #write(Path, TableWriter.CsvMode)} with one progress message per stage. */
    public Path write(Path dir, TableWriter.CsvMode csv, Consumer<String> progress) throws IOException {
        return ReportWriter.write(this, dir, csv, progress);
    }

    /** The page alone ({@code index.html}'s text), without writing anything. */
    public String html() {
        return ReportWriter.html(this);
    }

    @Override
    public String toString() {
        return "Report[" + title + ", " + sections.size() + " sections]";
    }

    /**
     * The corpus at a glance.
     *
     * @param corpus what the corpus is called on the page, e.g. its folder name
     * @param documents number of documents
     * @param tokens number of word tokens (stop words included, as in {@code frameScores.tokens})
     * @param outlets distinct outlets in order of first appearance (empty when unknown)
     */
    public record Summary(String corpus, int documents, long tokens, List<String> outlets) {

        /** Copies {@code outlets}. */
        public Summary {
            Objects.requireNonNull(corpus, "corpus");
            if (documents < 0 || tokens < 0) {
                throw new IllegalArgumentException(
                        "documents (" + documents + ") and tokens (" + tokens + ") must be ≥ 0");
            }
            outlets = List.copyOf(outlets);
        }

        /**
         * The summary read off a frame-score table: one document per row, tokens summed over the
         * {@code tokens} column (0 without it), outlets from the {@code outlet} column when present.
         */
        public static Summary of(String corpus, Table frameScores) {
            Cells.require(frameScores, "frameScores", Columns.DOC);
            long tokens = 0;
            Set<String> outlets = new LinkedHashSet<>();
            for (int r = 0; r < frameScores.rowCount(); r++) {
                if (frameScores.containsColumn(Columns.TOKENS)) {
                    double t = Cells.number(frameScores, Columns.TOKENS, r);
                    tokens += Double.isFinite(t) ? (long) t : 0;
                }
                if (frameScores.containsColumn(Columns.OUTLET)) {
                    String o = Cells.text(frameScores, Columns.OUTLET, r).strip();
                    if (!o.isEmpty()) {
                        outlets.add(o);
                    }
                }
            }
            return new Summary(corpus, frameScores.rowCount(), tokens, List.copyOf(outlets));
        }
    }

    /**
     * The two groups a report compares.
     *
     * @param column the metadata column that defines the groups, e.g. {@code stance}
     * @param a the value of group a, e.g. {@code reassuring}
     * @param b the value of group b, e.g. {@code alarmed}
     */
    public record Comparison(String column, String a, String b) {
        /** Checks that nothing is null. */
        public Comparison {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }
}
