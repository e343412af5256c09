package dev.framelens.table;

import dev.framelens.corpus.Document;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.QuoteFinder;
import tech.tablesaw.api.IntColumn;
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
}
