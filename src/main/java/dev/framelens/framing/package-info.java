/**
 * Frame measurement: how an article frames a story, with numbers that can each be traced to the
 * text.
 *
 * <ul>
 *   <li>{@link dev.framelens.framing.Lexicon} — the frame lexicon (categories on two
 *       {@link dev.framelens.framing.Side}s, entries, weights, context
 *       {@link dev.framelens.framing.Condition}s, dev-half precision, negators and
 *       {@link dev.framelens.framing.NegationRules}), shipped or read from a user's TSV;
 *       {@link dev.framelens.framing.StoryPack} — story-bound entries and actors loaded on top of
 *       it; {@link dev.framelens.framing.Actors} — a story's actors and their terms.</li>
 *   <li>{@link dev.framelens.framing.FrameScorer} — finds the hits by the rules of
 *       {@code docs/LEXICON.md} (unfiltered stream with phrases merged, within a sentence,
 *       leftmost-longest, exact before prefix, context conditions on candidates, negation of
 *       alarm entries within their clause decided by a named {@link dev.framelens.framing.NegationRule});
 *       {@link dev.framelens.framing.FrameAnalysis} runs it over a corpus.</li>
 *   <li>{@link dev.framelens.framing.FrameScore} — per-document densities, the alarm index and its
 *       seeded sentence bootstrap ({@link dev.framelens.framing.FrameOptions});
 *       {@link dev.framelens.framing.Evidence} — the sentences behind them.</li>
 *   <li>{@link dev.framelens.framing.GroupComparison} — Fightin' Words log-odds and signed G²
 *       between two groups, or one-vs-rest ({@link dev.framelens.framing.CompareOptions}).</li>
 *   <li>{@link dev.framelens.framing.ActorFrames} — frame hits near each actor;
 *       {@link dev.framelens.framing.DocumentSimilarity} — tf-idf cosine and alarm-index difference
 *       of every pair of documents.</li>
 *   <li>{@link dev.framelens.framing.ValidationSample} — a stratified sample of hits and sentences
 *       to code, written and read by {@link dev.framelens.framing.ValidationFile};
 *       {@link dev.framelens.framing.ValidationScore} — precision, recall and agreement of the
 *       coding; {@link dev.framelens.framing.LexiconSuggestions} — candidate entries by
 *       distributional similarity.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Tokens</b> of the frame scores are every word of the unfiltered stream: stop words
 *       included, a merged phrase ({@code north korea}) counted once. Densities are per 1,000 such
 *       tokens, so they compare across lexicons.</li>
 *   <li><b>Negated alarm hits</b> keep their entry and alarm category in the hit list, have side
 *       reassurance, and are scored in their own column, {@code negated_alarm_per_1k}
 *       ({@value dev.framelens.framing.Lexicon#NEGATED_ALARM} in the actor tables), which is part of
 *       {@code reassurance_per_1k} and of neither {@code alarm_per_1k} nor the alarm category.</li>
 *   <li><b>Seeds</b>: the bootstrap of document d uses {@code seed XOR fnv1a64(d)} with the base
 *       seed {@value dev.framelens.framing.FrameOptions#DEFAULT_SEED} by default, so an interval does
 *       not depend on the other documents.</li>
 *   <li><b>Actor window</b>: ±{@value dev.framelens.framing.ActorFrames#DEFAULT_WINDOW} tokens of
 *       the same unfiltered stream by default.</li>
 * </ul>
 *
 * <p>Imports only {@code corpus}, {@code text}, {@code count} and {@code stats}; the tables are
 * built in {@code dev.framelens.table} ({@code FrameTables}, {@code CompareTables}).
 */
package dev.framelens.framing;
