package dev.framelens.table;

/**
 * Column names of the quotation table ({@code framelens quotes}), documented once. {@code doc},
 * {@code start}, {@code end} and {@code text} mean what they mean in {@link Columns}: here the
 * offsets and the text of the quoted (or reported) words, without quotation marks.
 *
 * <table>
 *   <caption>Quotation columns</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@value #SPEAKER}</td><td>the source in the fullest form the document uses ({@code Rahm Emanuel}),
 *       a pronoun or description resolved to an earlier speaker; empty when unknown</td></tr>
 *   <tr><td>{@value #SPEAKER_START}, {@value #SPEAKER_END}</td><td>offsets [start, end) of the mention that
 *       names the speaker for this quotation; -1 when there is none</td></tr>
 *   <tr><td>{@value #CUE}</td><td>the attribution cue as written ({@code said}, {@code told},
 *       {@code according to}); empty for a continued quotation</td></tr>
 *   <tr><td>{@value #KIND}</td><td>{@code direct}, {@code indirect} or {@code partial}</td></tr>
 *   <tr><td>{@value #VOICE}</td><td>{@code author} or {@code quoted}: whose words a hit or a part of
 *       an article's frame scores is in (inside a quotation: quoted)</td></tr>
 *   <tr><td>{@value #SPEAKERS}</td><td>evidence: the speakers quoted in the sentence, in text order, joined
 *       by {@code "; "} ({@code ?} for an unknown source); empty when the sentence is all the author's</td></tr>
 *   <tr><td>{@value #QUOTED}</td><td>evidence: the sentence's quoted words, {@code Speaker: “words”} per
 *       quotation, joined by {@code " | "}</td></tr>
 *   <tr><td>{@value #QUOTATIONS}</td><td>speakers: the number of quotations attributed to the speaker
 *       ({@code docs}, {@link TrendColumns#DOCS}: the documents that quote them)</td></tr>
 *   <tr><td>{@value #ALARM_HITS}, {@value #REASSURANCE_HITS}</td><td>speakers: hits of that side inside the
 *       speaker's quotations (a negated alarm hit counts as reassurance)</td></tr>
 * </table>
 */
public final class VoiceColumns {
    private VoiceColumns() {
    }

    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_START = "speaker_start";
    public static final String SPEAKER_END = "speaker_end";
    public static final String CUE = "cue";
    public static final String KIND = "kind";
    public static final String VOICE = "voice";
    public static final String SPEAKERS = "speakers";
    public static final String QUOTED = "quoted";
    public static final String QUOTATIONS = "quotations";
    public static final String ALARM_HITS = "alarm_hits";
    public static final String REASSURANCE_HITS = "reassurance_hits";
}
