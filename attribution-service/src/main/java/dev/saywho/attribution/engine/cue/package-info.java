/**
 * The learned cue-and-content model (engine 2.0's first learned decision, issue 21): over the dependency tree of a
 * sentence, every pair of a word and one of its clausal or nominal dependents is a candidate "cue and its content"
 * ("officials <b>expect</b> [the bank to act]", "<b>support</b> for [the levy]"), and a logistic model trained on
 * annotated news (PolNeAR's cue and content spans) gives the probability that the word is an attribution cue whose
 * content is the dependent's subtree. It is shaped like the other learned components ({@code learn}): a contract,
 * named feature generators recorded in the model's descriptor, a model file that knows its training data and refuses
 * a mismatch, a seeded trainer, and a cross-validation command. The rules' opinion (the report-predicate lexicon, the
 * speech verbs) is one generator among the others: evidence the model weighs.
 */
package dev.saywho.attribution.engine.cue;
