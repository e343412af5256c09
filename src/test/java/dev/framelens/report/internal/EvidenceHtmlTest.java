package dev.framelens.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The evidence HTML with quoted stretches: exact markup, escaping, and boundaries that fall inside a mark. */
class EvidenceHtmlTest {
    //                      0         1         2         3         4
    //                      0123456789012345678901234567890123456789012345
    static final String S = "He said “a <grave> threat” & left.";

    static Table evidence() {
        return Table.create("evidence", StringColumn.create("doc", "d"), StringColumn.create("side", "alarm"),
                IntColumn.create("start", new int[] {100}), IntColumn.create("end", new int[] {100 + S.length()}), StringColumn.create("text", S));
    }

    static Table hits(int start, int end, String matched) {
        return Table.create("hits", StringColumn.create("doc", "d"), StringColumn.create("side", "alarm"),
                IntColumn.create("start", new int[] {start}), IntColumn.create("end", new int[] {end}), StringColumn.create("matched", matched));
    }

    static Table quotes(int start, int end, String speaker) {
        return Table.create("quotes", StringColumn.create("doc", "d"), IntColumn.create("start", new int[] {start}),
                IntColumn.create("end", new int[] {end}), StringColumn.create("speaker", speaker));
    }

    static String sentence(Table hits, Table quotes) {
        String html = EvidenceHtml.html(evidence(), hits, quotes, Map.of("d", "D"), Map.of(), 1);
        int from = html.indexOf("<blockquote class=\"sentence\">") + "<blockquote class=\"sentence\">".length();
        return html.substring(from, html.indexOf("</blockquote>"));
    }

    @Test
    void aQuotedStretchIsWrappedAndNamedEscaped() {
        // quoted text [109, 125) = "a <grave> threat"; the hit "threat" at [119, 125)
        assertEquals("He said “<span class=\"quoted\" title=\"quoted: Kim &lt;Jong&gt; &quot;Un&quot;\">a &lt;grave&gt; "
                        + "<mark class=\"hit alarm\" title=\"alarm: \">threat</mark></span><span class=\"speaker\">"
                        + "Kim &lt;Jong&gt; &quot;Un&quot;</span>” &amp; left.",
                sentence(hits(119, 125, "threat"), quotes(109, 125, "Kim <Jong> \"Un\"")));
    }

    @Test
    void boundariesInsideAMarkMoveToItsEdges() {
        // the quotation [110, 122) opens inside the hit [109, 112) "a <", which starts before it (the author's:
        // the quotation opens after the mark), and closes inside the hit [119, 125) "threat", which starts in it
        // (the quotation closes after the mark)
        Table h = hits(109, 112, "a <");
        h.append(hits(119, 125, "threat"));
        assertEquals("He said “<mark class=\"hit alarm\" title=\"alarm: \">a &lt;</mark><span class=\"quoted\" "
                        + "title=\"quoted: ?\">grave&gt; <mark class=\"hit alarm\" title=\"alarm: \">threat</mark></span>"
                        + "<span class=\"speaker\">?</span>” &amp; left.",
                sentence(h, quotes(110, 122, "")));
    }

    @Test
    void withoutQuotationsTheSentenceIsAsBefore() {
        assertEquals("He said “a &lt;grave&gt; <mark class=\"hit alarm\" title=\"alarm: \">threat</mark>” &amp; left.",
                sentence(hits(119, 125, "threat"), null));
    }
}
