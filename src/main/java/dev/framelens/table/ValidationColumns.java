package dev.framelens.table;

/**
 * Column names of the validation tables ({@code framelens validate sample|score}, {@code framelens
 * lexicon suggest}), documented once. The coding file's own columns ({@code id, unit, doc, …,
 * code}) are those of {@code dev.framelens.framing.ValidationFile#COLUMNS}; {@code side},
 * {@code category}, {@code entry}, {@code negated}, {@code hits} and {@code text} mean what they mean
 * in {@link Columns}.
 *
 * <table>
 *   <caption>Validation columns</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@value #STRATUM}</td><td>sampling stratum: {@code hit:<category>}, {@code hit:negated_alarm},
 *       {@code sentence:none|alarm|reassurance|both}</td></tr>
 *   <tr><td>{@value #UNIT}</td><td>{@code hit} or {@code sentence}</td></tr>
 *   <tr><td>{@value #STRATUM_SIZE}</td><td>N<sub>h</sub>: the stratum's hits or sentences in the corpus</td></tr>
 *   <tr><td>{@value #SAMPLED}</td><td>n<sub>h</sub>: of them, in the sample</td></tr>
 *   <tr><td>{@value #SAMPLING_WEIGHT}</td><td>N<sub>h</sub> / n<sub>h</sub>: corpus units each sampled unit stands for</td></tr>
 *   <tr><td>{@value #UNITS}</td><td>units (rows) of the coding file in the group</td></tr>
 *   <tr><td>{@value #CORRECT}, {@value #WRONG}, {@value #UNSURE}, {@value #UNCODED}</td><td>of them, coded
 *       correct, wrong, unsure, or not coded yet</td></tr>
 *   <tr><td>{@value #PRECISION}</td><td>correct / (correct + wrong); per side the stratified estimate weighted
 *       by the strata's sizes</td></tr>
 *   <tr><td>{@value #PRECISION_LOW}, {@value #PRECISION_HIGH}</td><td>its Wilson 95 % interval (at the effective
 *       sample size for a side)</td></tr>
 *   <tr><td>{@value #SENTENCES}</td><td>sentence units coded as the side</td></tr>
 *   <tr><td>{@value #RECALL}</td><td>estimated share of the sentences that frame the side which carry a hit of
 *       the side</td></tr>
 *   <tr><td>{@value #RECALL_LOW}, {@value #RECALL_HIGH}</td><td>its Wilson 95 % interval at the effective sample size</td></tr>
 *   <tr><td>{@value #AGREED}</td><td>units both coders coded the same</td></tr>
 *   <tr><td>{@value #AGREEMENT}</td><td>agreed / units both coded</td></tr>
 *   <tr><td>{@value #ALPHA}</td><td>Krippendorff's α, nominal</td></tr>
 *   <tr><td>{@value #KAPPA}</td><td>Cohen's κ</td></tr>
 *   <tr><td>{@value #CODE_1}, {@value #CODE_2}</td><td>the first and the second coder's code</td></tr>
 *   <tr><td>{@value #SIMILARITY}</td><td>cosine of a candidate's PPMI context vector to the category's centroid</td></tr>
 *   <tr><td>{@value #KWIC_1}, {@value #KWIC_2}</td><td>the candidate's first two occurrences in context, as written</td></tr>
 * </table>
 */
public final class ValidationColumns {
    private ValidationColumns() {
    }

    public static final String ID = "id";
    public static final String STRATUM = "stratum";
    public static final String UNIT = "unit";
    public static final String STRATUM_SIZE = "stratum_size";
    public static final String SAMPLED = "sampled";
    public static final String SAMPLING_WEIGHT = "weight";
    public static final String UNITS = "units";
    public static final String CORRECT = "correct";
    public static final String WRONG = "wrong";
    public static final String UNSURE = "unsure";
    public static final String UNCODED = "uncoded";
    public static final String PRECISION = "precision";
    public static final String PRECISION_LOW = "precision_low";
    public static final String PRECISION_HIGH = "precision_high";
    public static final String SENTENCES = "sentences";
    public static final String RECALL = "recall";
    public static final String RECALL_LOW = "recall_low";
    public static final String RECALL_HIGH = "recall_high";
    public static final String AGREED = "agreed";
    public static final String AGREEMENT = "agreement";
    public static final String ALPHA = "alpha";
    public static final String KAPPA = "kappa";
    public static final String CODE_1 = "code_1";
    public static final String CODE_2 = "code_2";
    public static final String SIMILARITY = "similarity";
    public static final String KWIC_1 = "kwic_1";
    public static final String KWIC_2 = "kwic_2";
}
