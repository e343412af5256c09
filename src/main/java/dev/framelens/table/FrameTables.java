package dev.framelens.table;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Condition;
import dev.framelens.framing.DocumentFrames;
import dev.framelens.framing.DocumentSimilarity;
import dev.framelens.framing.EvidenceSentence;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.FrameHit;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.Lexicon;
import dev.framelens.table.internal.ColumnNames;
import dev.framelens.table.internal.Tables;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns the framing results ({@code dev.framelens.framing}) into tables; column names are in
 * {@link Columns}. Each method returns a fresh table.
 */
public final class FrameTables {
    private FrameTables() {
    }

    /**
     * Frame scores: {@code doc, <metadata columns…>, tokens, <category>_per_1k… (lexicon order),
     * negated_alarm_per_1k, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}, one row
     * per document in corpus order. A metadata column whose name clashes, ignoring case, with a
     * score column or an earlier metadata column is renamed {@code meta_<name>} (then
     * {@code meta_<name>_2}, …); see {@link ColumnNames}.
     *
     * @param corpus  the corpus (metadata)
     * @param scores  the documents' scores, in corpus order
     * @param lexicon the lexicon the scores were computed with (category order)
     */
    public static Table scores(Corpus corpus, List<FrameScore> scores, Lexicon lexicon) {
        return scores(corpus, scores, lexicon, w -> { });
    }

    /**
     * {@link #scores(Corpus, List, Lexicon)}, telling {@code warnings} about each renamed metadata
     * column (one line naming the file and both names).
     */
    public static Table scores(Corpus corpus, List<FrameScore> scores, Lexicon lexicon, Consumer<String> warnings) {
        return scores(corpus, scores, null, lexicon, warnings);
    }

    /**
     * Frame scores by voice: {@code doc, <metadata columns…>, voice, tokens, <category>_per_1k…,
     * negated_alarm_per_1k, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}, two rows
     * per document in corpus order, {@code author} then {@code quoted}; each row is
     * {@link FrameScore#of(dev.framelens.framing.DocumentFrames, dev.framelens.framing.FrameOptions, Voice)}:
     * the hits of that voice over the tokens of that voice. Metadata columns are renamed as in
     * {@link #scores(Corpus, List, Lexicon, Consumer)}, {@code voice} counting as a score column.
     *
     * @param author the author's part of each document, in corpus order
     * @param quoted the quoted part, in the same order
     */
    public static Table scoresByVoice(Corpus corpus, List<FrameScore> author, List<FrameScore> quoted, Lexicon lexicon,
                                      Consumer<String> warnings) {
        if (author.size() != quoted.size()) {
            throw new IllegalArgumentException("author (" + author.size() + ") and quoted (" + quoted.size()
                    + ") must have one score per document each");
        }
        List<FrameScore> rows = new ArrayList<>();
        List<Voice> voices = new ArrayList<>();
        for (int i = 0; i < author.size(); i++) {
            if (!author.get(i).doc().equals(quoted.get(i).doc())) {
                throw new IllegalArgumentException("row " + i + " is document '" + author.get(i).doc()
                        + "' for the author but '" + quoted.get(i).doc() + "' for the quoted part");
            }
            rows.add(author.get(i));
            voices.add(Voice.AUTHOR);
            rows.add(quoted.get(i));
            voices.add(Voice.QUOTED);
        }
        Table t = scores(corpus, rows, voices, lexicon, warnings);
        t.setName("frame scores by voice");
        return t;
    }

    /** The score table; with {@code voices} (one per row), a {@code voice} column before {@code tokens}. */
    private static Table scores(Corpus corpus, List<FrameScore> scores, List<Voice> voices, Lexicon lexicon,
                                Consumer<String> warnings) {        List<Lexicon.Category> categories = lexicon.categories();
        List<String> scoreNames = new ArrayList<>();
        scoreNames.add(Columns.DOC);
        if (voices != null) {
            scoreNames.add(VoiceColumns.VOICE);
        }
        scoreNames.add(Columns.TOKENS);
        for (Lexicon.Category c : categories) {
            scoreNames.add(c.name() + Columns.PER_1K_SUFFIX);
        }
        scoreNames.addAll(List.of(Columns.NEGATED_ALARM_PER_1K, Columns.ALARM_PER_1K,
                Columns.REASSURANCE_PER_1K, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH));
        List<String> metaNames = corpus.metadataColumns();
        StringColumn doc = StringColumn.create(Columns.DOC);
        List<StringColumn> meta = new ArrayList<>();
        for (String name : ColumnNames.forMetadata(metaNames, scoreNames, corpus.metadataSource(), warnings)) {
            meta.add(StringColumn.create(name));
        }
        StringColumn voice = StringColumn.create(VoiceColumns.VOICE);
        IntColumn tokens = IntColumn.create(Columns.TOKENS);
        List<DoubleColumn> per1k = new ArrayList<>();
        for (Lexicon.Category c : categories) {
            per1k.add(DoubleColumn.create(c.name() + Columns.PER_1K_SUFFIX));
        }
        DoubleColumn negated = DoubleColumn.create(Columns.NEGATED_ALARM_PER_1K);
        DoubleColumn alarm = DoubleColumn.create(Columns.ALARM_PER_1K);
        DoubleColumn reassurance = DoubleColumn.create(Columns.REASSURANCE_PER_1K);
        DoubleColumn index = DoubleColumn.create(Columns.ALARM_INDEX);
        DoubleColumn low = DoubleColumn.create(Columns.CI_LOW);
        DoubleColumn high = DoubleColumn.create(Columns.CI_HIGH);
        for (int row = 0; row < scores.size(); row++) {
            FrameScore s = scores.get(row);
            if (voices != null) {
                voice.append(voices.get(row).label());
            }
            Document d = corpus.get(s.doc());
            doc.append(s.doc());
            for (int k = 0; k < metaNames.size(); k++) {
                meta.get(k).append(d.meta(metaNames.get(k)));
            }
            tokens.append(s.tokens());
            for (int c = 0; c < categories.size(); c++) {
                per1k.get(c).append(s.per1k(s.categoryWeight(c)));
            }
            negated.append(s.per1k(s.negated()));
            alarm.append(s.per1k(s.alarm()));
            reassurance.append(s.per1k(s.reassurance()));
            index.append(s.alarmIndex());
            low.append(s.ciLow());
            high.append(s.ciHigh());
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(doc);
        columns.addAll(meta);
        if (voices != null) {
            columns.add(voice);
        }
        columns.add(tokens);
        columns.addAll(per1k);
        columns.addAll(List.of(negated, alarm, reassurance, index, low, high));
        return Tables.create("frame scores", columns);
    }

    /**
     * Every lexicon hit: {@code doc, sentence, side, category, entry, matched, start, end, negated,
     * negator, rule, weight, voice, speaker}, documents in corpus order, hits in text order. {@code matched} is the
     * text as written at [start, end); a negated hit keeps its alarm category and entry and has side
     * reassurance; {@code negator} is the negator the negation rules looked at and {@code rule} the
     * rule that decided ({@link dev.framelens.framing.NegationRule}; both {@code ""} when no negator
     * was in reach); {@code weight} is what the hit adds; {@code voice} is {@code author} or
     * {@code quoted} and {@code speaker} the quoted source ({@link FrameHit#voice()}, {@link FrameHit#speaker()}).
     */
    public static Table hits(Corpus corpus, FrameAnalysis analysis) {
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        StringColumn entry = StringColumn.create(Columns.ENTRY);
        StringColumn matched = StringColumn.create(Columns.MATCHED);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        BooleanColumn negated = BooleanColumn.create(Columns.NEGATED);
        StringColumn negator = StringColumn.create(Columns.NEGATOR);
        StringColumn rule = StringColumn.create(Columns.RULE);
        DoubleColumn weight = DoubleColumn.create(Columns.WEIGHT);
        StringColumn voice = StringColumn.create(VoiceColumns.VOICE);
        StringColumn speaker = StringColumn.create(VoiceColumns.SPEAKER);
        for (DocumentFrames d : analysis.documents()) {
            String text = corpus.get(d.id()).text();
            for (FrameHit h : d.hits()) {
                doc.append(d.id());
                sentence.append(h.sentence());
                side.append(h.side().label());
                category.append(h.category());
                entry.append(h.entry().entry());
                matched.append(text.substring(h.start(), h.end()));
                start.append(h.start());
                end.append(h.end());
                negated.append(h.negated());
                negator.append(h.negator());
                rule.append(h.rule().label());
                weight.append(h.weight());
                voice.append(h.voice().label());
                speaker.append(h.speaker());
            }
        }
        return Table.create("frame hits", doc, sentence, side, category, entry, matched, start, end, negated, negator,
                rule, weight, voice, speaker);
    }

    /**
     * Evidence sentences: {@code doc, side, sentence, hits, start, end, text, entries, speakers,
     * quoted}; see
     * {@link dev.framelens.framing.Evidence#sentences}.
     */
    public static Table evidence(List<EvidenceSentence> sentences) {
        StringColumn doc = StringColumn.create(Columns.DOC);
        StringColumn side = StringColumn.create(Columns.SIDE);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        IntColumn hits = IntColumn.create(Columns.HITS);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn text = StringColumn.create(Columns.TEXT);
        StringColumn entries = StringColumn.create(Columns.ENTRIES);
        StringColumn speakers = StringColumn.create(VoiceColumns.SPEAKERS);
        StringColumn quoted = StringColumn.create(VoiceColumns.QUOTED);
        for (EvidenceSentence s : sentences) {
            doc.append(s.doc());
            side.append(s.side().label());
            sentence.append(s.sentence());
            hits.append(s.hits());
            start.append(s.start());
            end.append(s.end());
            text.append(s.text());
            entries.append(s.entries());
            speakers.append(s.speakers());
            quoted.append(s.quoted());
        }
        return Table.create("evidence", doc, side, sentence, hits, start, end, text, entries, speakers, quoted);
    }

    /** Actors × frames per document: {@code doc, actor, mentions, category, side, hits}. */
    public static Table actors(List<ActorFrames.Row> rows) {
        Table t = actorsOverall(rows);
        StringColumn doc = StringColumn.create(Columns.DOC);
        rows.forEach(r -> doc.append(r.doc()));
        t.insertColumn(0, doc);
        t.setName("actors by document");
        return t;
    }

    /** Actors × frames over the corpus: {@code actor, mentions, category, side, hits}. */
    public static Table actorsOverall(List<ActorFrames.Row> rows) {
        StringColumn actor = StringColumn.create(Columns.ACTOR);
        IntColumn mentions = IntColumn.create(Columns.MENTIONS);
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        StringColumn side = StringColumn.create(Columns.SIDE);
        IntColumn hits = IntColumn.create(Columns.HITS);
        for (ActorFrames.Row r : rows) {
            actor.append(r.actor());
            mentions.append(r.mentions());
            category.append(r.category());
            side.append(r.side().label());
            hits.append(r.hits());
        }
        return Table.create("actors", actor, mentions, category, side, hits);
    }

    /** Document pairs: {@code doc_a, doc_b, cosine, alarm_index_diff}. */
    public static Table similarity(List<DocumentSimilarity.Pair> pairs) {
        StringColumn a = StringColumn.create(Columns.DOC_A);
        StringColumn b = StringColumn.create(Columns.DOC_B);
        DoubleColumn cosine = DoubleColumn.create(Columns.COSINE);
        DoubleColumn diff = DoubleColumn.create(Columns.ALARM_INDEX_DIFF);
        for (DocumentSimilarity.Pair p : pairs) {
            a.append(p.docA());
            b.append(p.docB());
            cosine.append(p.cosine());
            diff.append(p.alarmIndexDiff());
        }
        return Table.create("similarity", a, b, cosine, diff);
    }

    /**
     * The lexicon: {@code category, side, entry, weight, pattern, requires, forbids, precision,
     * units, source}, in file order (a pack's entries after the lexicon's). {@code requires} and
     * {@code forbids} are the context conditions as written ({@code ""} when none), {@code precision}
     * is NaN and {@code units} 0 for an entry without coded units, {@code source} the file the entry
     * was read from.
     */
    public static Table lexicon(Lexicon lexicon) {
        StringColumn category = StringColumn.create(Columns.CATEGORY);
        StringColumn side = StringColumn.create(Columns.SIDE);
        StringColumn entry = StringColumn.create(Columns.ENTRY);
        DoubleColumn weight = DoubleColumn.create(Columns.WEIGHT);
        StringColumn pattern = StringColumn.create(Columns.PATTERN);
        StringColumn requires = StringColumn.create(Columns.REQUIRES);
        StringColumn forbids = StringColumn.create(Columns.FORBIDS);
        DoubleColumn precision = DoubleColumn.create(Columns.PRECISION);
        IntColumn units = IntColumn.create(Columns.UNITS);
        StringColumn source = StringColumn.create(Columns.SOURCE);
        for (Lexicon.Entry e : lexicon.entries()) {
            category.append(e.category().name());
            side.append(e.side().label());
            entry.append(e.entry());
            weight.append(e.weight());
            pattern.append(e.pattern());
            requires.append(Condition.format(e.requires()));
            forbids.append(Condition.format(e.forbids()));
            precision.append(e.precision());
            units.append(e.units());
            source.append(e.source());
        }
        return Table.create("lexicon " + lexicon.source(), category, side, entry, weight, pattern, requires, forbids,
                precision, units, source);
    }
}
