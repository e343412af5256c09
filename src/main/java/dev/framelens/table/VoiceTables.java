package dev.framelens.table;

import dev.framelens.corpus.Document;
import dev.framelens.framing.SpeakerFrames;
import dev.framelens.framing.VoiceGroups;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.QuoteFinder;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Turns quotations ({@code dev.framelens.voice}) into tables; column names are in {@link VoiceColumns}. */
public final class VoiceTables {
    private VoiceTables() {
    }

    /**
     * Every quotation of the documents, found by {@link QuoteFinder}: {@code doc, start, end, text,
     * speaker, speaker_start, speaker_end, cue, kind}, documents in order, quotations by start offset.
     */
    public static Table quotations(Iterable<Document> documents) {
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn text = StringColumn.create(Columns.TEXT);
        StringColumn speaker = StringColumn.create(VoiceColumns.SPEAKER);
        IntColumn speakerStart = IntColumn.create(VoiceColumns.SPEAKER_START);
        IntColumn speakerEnd = IntColumn.create(VoiceColumns.SPEAKER_END);
        StringColumn cue = StringColumn.create(VoiceColumns.CUE);
        StringColumn kind = StringColumn.create(VoiceColumns.KIND);
        for (Document d : documents) {
            for (Quotation q : QuoteFinder.find(d)) {
                doc.append(d.id());
                start.append(q.start());
                end.append(q.end());
                text.append(q.text());
                speaker.append(q.speaker());
                speakerStart.append(q.speakerStart());
                speakerEnd.append(q.speakerEnd());
                cue.append(q.cue());
                kind.append(q.kind().label());
            }
        }
        return Table.create("quotations", doc, start, end, text, speaker, speakerStart, speakerEnd, cue, kind);
    }

    /**
     * The quoted speakers, most quoted first: {@code speaker, quotations, docs, tokens, alarm_hits,
     * reassurance_hits, alarm_per_1k, reassurance_per_1k, alarm_index}; see {@link SpeakerFrames#speakers}.
     */
    public static Table speakers(List<SpeakerFrames.Speaker> speakers) {
        StringColumn speaker = StringColumn.create(VoiceColumns.SPEAKER);
        IntColumn quotations = IntColumn.create(VoiceColumns.QUOTATIONS);
        IntColumn docs = IntColumn.create(TrendColumns.DOCS);
        IntColumn tokens = IntColumn.create(Columns.TOKENS);
        IntColumn alarmHits = IntColumn.create(VoiceColumns.ALARM_HITS);
        IntColumn reassuranceHits = IntColumn.create(VoiceColumns.REASSURANCE_HITS);
        DoubleColumn alarm = DoubleColumn.create(Columns.ALARM_PER_1K);
        DoubleColumn reassurance = DoubleColumn.create(Columns.REASSURANCE_PER_1K);
        DoubleColumn index = DoubleColumn.create(Columns.ALARM_INDEX);
        for (SpeakerFrames.Speaker s : speakers) {
            speaker.append(s.speaker());
            quotations.append(s.quotations());
            docs.append(s.documents());
            tokens.append(s.tokens());
            alarmHits.append(s.alarmHits());
            reassuranceHits.append(s.reassuranceHits());
            alarm.append(s.per1k(s.alarm()));
            reassurance.append(s.per1k(s.reassurance()));
            index.append(s.alarmIndex());
        }
        return Table.create("speakers", speaker, quotations, docs, tokens, alarmHits, reassuranceHits, alarm, reassurance,
                index);
    }

    /**
     * Who says what about whom: {@code voice, speaker, actor, side, hits}; see {@link SpeakerFrames#byActor}.
     */
    public static Table speakersByActor(List<SpeakerFrames.Row> rows) {
        StringColumn voice = StringColumn.create(VoiceColumns.VOICE);
        StringColumn speaker = StringColumn.create(VoiceColumns.SPEAKER);
        StringColumn actor = StringColumn.create(Columns.ACTOR);
        StringColumn side = StringColumn.create(Columns.SIDE);
        IntColumn hits = IntColumn.create(Columns.HITS);
        for (SpeakerFrames.Row r : rows) {
            voice.append(r.voice().label());
            speaker.append(r.speaker());
            actor.append(r.actor());
            side.append(r.side().label());
            hits.append(r.hits());
        }
        return Table.create("speakers by actor", voice, speaker, actor, side, hits);
    }

    /**
     * Author and quoted framing per group: {@code <group column>, voice, docs, tokens, alarm_per_1k,
     * reassurance_per_1k, alarm_index}, groups sorted, author then quoted; see
     * {@link VoiceGroups#byGroup}. The group column keeps the metadata column's name
     * ({@code meta_}-prefixed when it clashes with another column).
     */
    public static Table voiceGroups(List<VoiceGroups.Row> rows, String groupColumn) {
        String name = groupColumn;
        while (List.of(VoiceColumns.VOICE, TrendColumns.DOCS, Columns.TOKENS, Columns.ALARM_PER_1K,
                Columns.REASSURANCE_PER_1K, Columns.ALARM_INDEX).contains(name)) {
            name = "meta_" + name;
        }
        StringColumn group = StringColumn.create(name);
        StringColumn voice = StringColumn.create(VoiceColumns.VOICE);
        IntColumn docs = IntColumn.create(TrendColumns.DOCS);
        LongColumn tokens = LongColumn.create(Columns.TOKENS);
        DoubleColumn alarm = DoubleColumn.create(Columns.ALARM_PER_1K);
        DoubleColumn reassurance = DoubleColumn.create(Columns.REASSURANCE_PER_1K);
        DoubleColumn index = DoubleColumn.create(Columns.ALARM_INDEX);
        for (VoiceGroups.Row r : rows) {
            group.append(r.group());
            voice.append(r.voice().label());
            docs.append(r.docs());
            tokens.append(r.tokens());
            alarm.append(r.per1k(r.alarm()));
            reassurance.append(r.per1k(r.reassurance()));
            index.append(r.alarmIndex());
        }
        return Table.create("frames by voice and " + groupColumn, group, voice, docs, tokens, alarm, reassurance, index);
    }
}
