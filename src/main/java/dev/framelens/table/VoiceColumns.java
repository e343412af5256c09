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
 *   <tr><td>{@value #VOICE}</td><td>{@code author} or {@code quoted}</td></tr>
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
}
