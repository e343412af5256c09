package dev.framelens.table;

import dev.framelens.corpus.Corpus;
import dev.framelens.framing.LexiconSuggestions;
import dev.framelens.framing.ValidationSample;
import dev.framelens.framing.ValidationScore;
import dev.framelens.framing.ValidationUnit;
import dev.framelens.stats.StratifiedEstimate;
import dev.framelens.text.Analyzer;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables of the validation loop: the strata and units of a sample, the precision, recall and
 * agreement of a coded one ({@link ValidationScore}), and lexicon suggestions. Column names are in
 * {@link ValidationColumns}; each method returns a fresh table.
 */
public final class ValidationTables {
    private ValidationTables() {
    }

    /** The strata of a sample: {@code stratum, unit, side, category, stratum_size, sampled, weight}. */
    public static Table strata(ValidationSample sample) {
        StringColumn stratum = StringColumn.create(ValidationColumns.STRATUM);
        StringColumn unit = StringColumn.create(ValidationColumns.UNIT);
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        LongColumn size = LongColumn.create(ValidationColumns.STRATUM_SIZE);
        IntColumn sampled = IntColumn.create(ValidationColumns.SAMPLED);
        DoubleColumn weight = DoubleColumn.create(ValidationColumns.SAMPLING_WEIGHT);
        for (ValidationSample.Stratum s : sample.strata()) {
            stratum.append(s.name());
            unit.append(s.kind().label());
            side.append(s.side() == null ? "" : s.side().label());
            category.append(s.category());
            size.append(s.size());
            sampled.append(s.sampled());
            weight.append(s.weight());
        }
        return Table.create("validation strata", stratum, unit, side, category, size, sampled, weight);
    }

    /**
     * Units as a table with the coding file's columns ({@code dev.framelens.framing.ValidationFile#COLUMNS}):
     * {@code id, unit, doc, sentence, start, end, text, matched, entry, category, side, negated,
     * stratum, stratum_size, code}.
     */
    public static Table units(List<ValidationUnit> units) {
        StringColumn id = StringColumn.create(ValidationColumns.ID);
        StringColumn unit = StringColumn.create(ValidationColumns.UNIT);
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn text = StringColumn.create(Columns.TEXT);
        StringColumn matched = StringColumn.create(Columns.MATCHED);
        StringColumn entry = StringColumn.create(Columns.ENTRY);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        StringColumn side = StringColumn.create(Columns.SIDE);
        BooleanColumn negated = BooleanColumn.create(Columns.NEGATED);
        StringColumn stratum = StringColumn.create(ValidationColumns.STRATUM);
        LongColumn size = LongColumn.create(ValidationColumns.STRATUM_SIZE);
        StringColumn code = StringColumn.create("code");
        for (ValidationUnit u : units) {
            id.append(u.id());
            unit.append(u.kind().label());
            doc.append(u.doc());
            sentence.append(u.sentence());
            start.append(u.start());
            end.append(u.end());
            text.append(u.text());
            matched.append(u.matched());
            entry.append(u.entry());
            category.append(u.category());
            side.append(u.side() == null ? "" : u.side().label());
            if (u.kind() == ValidationUnit.Kind.HIT) {
                negated.append(u.negated());
            } else {
                negated.appendMissing();
            }
            stratum.append(u.stratum());
            size.append(u.stratumSize());
            code.append(u.code());
        }
        return Table.create("validation units", id, unit, doc, sentence, start, end, text, matched, entry, category, side,
                negated, stratum, size, code);
    }

    /** The count and estimate columns shared by the precision tables. */
    private static final class PrecisionColumns {
        final LongColumn units = LongColumn.create(ValidationColumns.UNITS);
        final LongColumn correct = LongColumn.create(ValidationColumns.CORRECT);
        final LongColumn wrong = LongColumn.create(ValidationColumns.WRONG);
        final LongColumn unsure = LongColumn.create(ValidationColumns.UNSURE);
        final LongColumn uncoded = LongColumn.create(ValidationColumns.UNCODED);
        final DoubleColumn precision = DoubleColumn.create(ValidationColumns.PRECISION);
        final DoubleColumn low = DoubleColumn.create(ValidationColumns.PRECISION_LOW);
        final DoubleColumn high = DoubleColumn.create(ValidationColumns.PRECISION_HIGH);

        void append(ValidationScore.Counts c, StratifiedEstimate.Estimate e) {
            units.append(c.units());
            correct.append(c.correct());
            wrong.append(c.wrong());
            unsure.append(c.unsure());
            uncoded.append(c.uncoded());
            precision.append(e.value());
            low.append(e.low());
            high.append(e.high());
        }

        void addTo(Table t) {
            t.addColumns(units, correct, wrong, unsure, uncoded, precision, low, high);
        }
    }

    /**
     * Precision and recall per side: {@code side, hits, units, correct, wrong, unsure, uncoded,
     * precision, precision_low, precision_high, sentences, recall, recall_low, recall_high}.
     */
    public static Table sides(List<ValidationScore.SideRow> rows) {
        StringColumn side = StringColumn.create(Columns.SIDE);
        LongColumn hits = LongColumn.create(Columns.HITS);
        PrecisionColumns p = new PrecisionColumns();
        LongColumn sentences = LongColumn.create(ValidationColumns.SENTENCES);
        DoubleColumn recall = DoubleColumn.create(ValidationColumns.RECALL);
        DoubleColumn low = DoubleColumn.create(ValidationColumns.RECALL_LOW);
        DoubleColumn high = DoubleColumn.create(ValidationColumns.RECALL_HIGH);
        for (ValidationScore.SideRow r : rows) {
            side.append(r.side().label());
            hits.append(r.hits());
            p.append(r.counts(), r.precision());
            sentences.append(r.recall().units());
            recall.append(r.recall().value());
            low.append(r.recall().low());
            high.append(r.recall().high());
        }
        Table t = Table.create("precision and recall by side", side, hits);
        p.addTo(t);
        return t.addColumns(sentences, recall, low, high);
    }

    /**
     * Precision per category: {@code side, category, hits, units, correct, wrong, unsure, uncoded,
     * precision, precision_low, precision_high}; {@code negated_alarm} is the negation flip.
     */
    public static Table categories(List<ValidationScore.PrecisionRow> rows) {
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        LongColumn hits = LongColumn.create(Columns.HITS);
        PrecisionColumns p = new PrecisionColumns();
        for (ValidationScore.PrecisionRow r : rows) {
            side.append(r.side().label());
            category.append(r.category());
            hits.append(r.hits());
            p.append(r.counts(), r.precision());
        }
        Table t = Table.create("precision by category", side, category, hits);
        p.addTo(t);
        return t;
    }

    /**
     * Precision per entry (or the entries to review): {@code side, category, entry, negated, units,
     * correct, wrong, unsure, uncoded, precision, precision_low, precision_high}.
     */
    public static Table entries(String name, List<ValidationScore.PrecisionRow> rows) {
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        StringColumn entry = StringColumn.create(Columns.ENTRY);
        BooleanColumn negated = BooleanColumn.create(Columns.NEGATED);
        PrecisionColumns p = new PrecisionColumns();
        for (ValidationScore.PrecisionRow r : rows) {
            side.append(r.side().label());
            category.append(r.category());
            entry.append(r.entry());
            negated.append(r.negated());
            p.append(r.counts(), r.precision());
        }
        Table t = Table.create(name, side, category, entry, negated);
        p.addTo(t);
        return t;
    }

    /** Agreement of two coders: {@code unit, units, agreed, agreement, alpha, kappa}. */
    public static Table agreement(List<ValidationScore.AgreementRow> rows) {
        StringColumn unit = StringColumn.create(ValidationColumns.UNIT);
        LongColumn units = LongColumn.create(ValidationColumns.UNITS);
        LongColumn agreed = LongColumn.create(ValidationColumns.AGREED);
        DoubleColumn agreement = DoubleColumn.create(ValidationColumns.AGREEMENT);
        DoubleColumn alpha = DoubleColumn.create(ValidationColumns.ALPHA);
        DoubleColumn kappa = DoubleColumn.create(ValidationColumns.KAPPA);
        for (ValidationScore.AgreementRow r : rows) {
            unit.append(r.unit());
            units.append(r.units());
            agreed.append(r.agreed());
            agreement.append(r.agreement());
            alpha.append(r.alpha());
            kappa.append(r.kappa());
        }
        return Table.create("agreement", unit, units, agreed, agreement, alpha, kappa);
    }

    /**
     * The units two coders coded differently: {@code id, unit, doc, sentence, matched, entry, side,
     * code_1, code_2, text}.
     */
    public static Table disagreements(List<ValidationScore.Disagreement> rows) {
        StringColumn id = StringColumn.create(ValidationColumns.ID);
        StringColumn unit = StringColumn.create(ValidationColumns.UNIT);
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        StringColumn matched = StringColumn.create(Columns.MATCHED);
        StringColumn entry = StringColumn.create(Columns.ENTRY);
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn first = StringColumn.create(ValidationColumns.CODE_1);
        StringColumn second = StringColumn.create(ValidationColumns.CODE_2);
        StringColumn text = StringColumn.create(Columns.TEXT);
        for (ValidationScore.Disagreement d : rows) {
            ValidationUnit u = d.unit();
            id.append(u.id());
            unit.append(u.kind().label());
            doc.append(u.doc());
            sentence.append(u.sentence());
            matched.append(u.matched());
            entry.append(u.entry());
            side.append(u.side() == null ? "" : u.side().label());
            first.append(u.code());
            second.append(d.second());
            text.append(u.text());
        }
        return Table.create("disagreements", id, unit, doc, sentence, matched, entry, side, first, second, text);
    }

    /**
     * Lexicon suggestions with two KWIC lines each: {@code term, count, similarity, kwic_1, kwic_2}.
     * A KWIC line is the occurrence's context as written ({@link Kwic}; runs of white space become one
     * space): its whole sentence when {@code width} is negative, else {@code width} tokens on each
     * side; the first two occurrences in corpus order.
     *
     * @param corpus   the corpus the suggestions came from
     * @param analyzer its pipeline
     * @param result   the suggestions
     * @param width    context tokens on each side, or −1 for the whole sentence
     */
    public static Table suggestions(Corpus corpus, Analyzer analyzer, LexiconSuggestions.Result result, int width) {
        StringColumn term = StringColumn.create(Columns.TERM);
        LongColumn count = LongColumn.create(Columns.COUNT);
        DoubleColumn similarity = DoubleColumn.create(ValidationColumns.SIMILARITY);
        StringColumn kwic1 = StringColumn.create(ValidationColumns.KWIC_1);
        StringColumn kwic2 = StringColumn.create(ValidationColumns.KWIC_2);
        for (LexiconSuggestions.Suggestion s : result.suggestions()) {
            Table k = width < 0 ? Kwic.table(corpus, analyzer, s.term(), 0, Kwic.Unit.SENTENCE)
                    : Kwic.table(corpus, analyzer, s.term(), width, Kwic.Unit.TOKENS);
            term.append(s.term());
            count.append(s.count());
            similarity.append(s.similarity());
            kwic1.append(k.rowCount() > 0 ? line(k, 0) : "");
            kwic2.append(k.rowCount() > 1 ? line(k, 1) : "");
        }
        return Table.create("suggestions for " + result.category(), term, count, similarity, kwic1, kwic2);
    }

    private static String line(Table kwic, int row) {
        return (kwic.stringColumn("left").get(row) + kwic.stringColumn("keyword").get(row)
                + kwic.stringColumn("right").get(row)).replaceAll("\\s+", " ").strip();
    }
}
