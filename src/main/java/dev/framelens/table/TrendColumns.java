package dev.framelens.table;

/**
 * Column names of the trend tables ({@code framelens trends}), documented once. {@code docs} is new;
 * {@code tokens}, {@code alarm_per_1k}, {@code reassurance_per_1k}, {@code alarm_index},
 * {@code ci_low} and {@code ci_high} mean what they mean in {@link Columns}, summed over the period's
 * documents (the interval from a bootstrap over those documents); the group column carries the name
 * of the metadata column given to {@code --by}.
 *
 * <table>
 *   <caption>Trend columns</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@value #PERIOD}</td><td>the period: {@code 2024}, {@code 2024-Q2}, {@code 2024-06}, {@code 2024-W23},
 *       {@code 2024-06-08}, or a numeric bucket {@code [1990, 2000)}</td></tr>
 *   <tr><td>{@value #DOCS}</td><td>documents in the period (and group)</td></tr>
 *   <tr><td>{@value #GROUP_A}, {@value #GROUP_B}</td><td>the two groups whose alarm_index series are correlated</td></tr>
 *   <tr><td>{@value #LAG}</td><td>L: group_a's period t paired with group_b's period t + L (L &gt; 0: a leads)</td></tr>
 *   <tr><td>{@value #PAIRS}</td><td>periods where both groups have documents, at that lag</td></tr>
 *   <tr><td>{@value #R}</td><td>Pearson correlation of those pairs (NaN below 3 pairs)</td></tr>
 * </table>
 */
public final class TrendColumns {
    private TrendColumns() {
    }

    public static final String PERIOD = "period";
    public static final String DOCS = "docs";
    public static final String GROUP_A = "group_a";
    public static final String GROUP_B = "group_b";
    public static final String LAG = "lag";
    public static final String PAIRS = "pairs";
    public static final String R = "r";
}
