/**
 * Quotations and their speakers: who speaks where in a document. {@link dev.framelens.voice.QuoteFinder}
 * finds direct, partial and indirect quotations with rules for English news (docs/QUOTES.md);
 * {@link dev.framelens.voice.VoiceMap} answers, for a character offset, whether the author or a quoted
 * source speaks there, and who. JDK-only; uses {@code corpus} (documents) and {@code text} (the
 * tokenizer's sentences, the stop words).
 */
package dev.framelens.voice;
