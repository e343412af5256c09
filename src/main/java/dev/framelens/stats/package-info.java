/**
 * Pure statistics on counts: association measures of term pairs ({@link dev.framelens.stats.Association},
 * listed with their column names by {@link dev.framelens.stats.Measure}),
 * keyness ({@link dev.framelens.stats.Keyness}), the log-odds ratio with informative Dirichlet prior
 * ({@link dev.framelens.stats.LogOdds}), tf-idf ({@link dev.framelens.stats.TfIdf}), cosine similarity
 * ({@link dev.framelens.stats.Similarity}), the seeded bootstrap of the alarm index
 * ({@link dev.framelens.stats.Bootstrap}), smoothed PPMI ({@link dev.framelens.stats.Ppmi}), and the
 * statistics of validation: the Wilson interval ({@link dev.framelens.stats.Wilson}), Krippendorff's α
 * and Cohen's κ ({@link dev.framelens.stats.Agreement}) and the stratified ratio estimate
 * ({@link dev.framelens.stats.StratifiedEstimate}).
 *
 * <p>JDK only, no state: final classes with static methods and small records. Every method
 * names its formula, variant and source in its Javadoc, and rejects invalid input with an
 * {@link java.lang.IllegalArgumentException} whose message names the value and the rule
 * (e.g. {@code "a (5) must be ≤ rowTotal (4): …"}).
 */
package dev.framelens.stats;
