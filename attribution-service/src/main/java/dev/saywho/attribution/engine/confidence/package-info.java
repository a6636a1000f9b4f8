/**
 * A found quote's confidence as a probability: a logistic model over what the engine knows of the quote once it is
 * assembled (the rule that decided it, its type, how its speaker is mentioned and how far from it, its cue word, its
 * length), fitted by {@code tools/eval/confidence.py} on the engine's cross-validated predictions over an annotated
 * corpus, where a quote counts as right when the corpus's scorer matches its span and its speaker. One file of named
 * weights ({@code /confidence/model.tsv}); the feature names are {@link QuoteFeatures}'s, a version of which the file
 * records.
 */
package dev.saywho.attribution.engine.confidence;
