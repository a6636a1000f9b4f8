/**
 * The quote attribution engine: a plain Java library (no CDI, no HTTP types) behind {@link
 * dev.saywho.attribution.engine.AttributionEngine}.
 *
 * <p>A pipeline of named stages over an immutable {@link dev.saywho.attribution.engine.model.Document}:
 * {@code Segmenter} (paragraphs, tokens, sentences) → {@code QuoteMarkFinder} (quoted spans) → {@code CueFinder}
 * (reporting frames: cue, speaker mention, content) → {@code QuoteAssembler} (direct, mixed and indirect quote
 * candidates) → {@code SpeakerAttributor} (ordered {@link dev.saywho.attribution.engine.Sieve}s) → {@code
 * MentionFinder} and {@code EntityResolver} (canonical names, acronyms, pronouns) → {@code AffiliationExtractor}
 * (role and organisation). Word lists live in {@code src/main/resources/lexicons}. {@code EntityFinder} (names typed
 * by the learned recogniser of {@code engine/entities}) types, for {@code MentionFinder}, the names the word lists
 * leave without evidence.
 */
package dev.saywho.attribution.engine;
