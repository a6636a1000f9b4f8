/**
 * The coreference linker (issue 20): a learned antecedent ranker for third-person pronouns and definite descriptions,
 * trained on GUM's coreference chains, shaped as {@code design/learned-components.md} describes and as the entity
 * recogniser is.
 *
 * <p>Run time, independent of the engine's document: {@link dev.saywho.attribution.engine.coref.CorefModel} (load
 * once, immutable, thread-safe; {@code rank}, {@code candidates}, {@code antecedents}) over a {@link
 * dev.saywho.attribution.engine.coref.CorefInput} of {@link dev.saywho.attribution.engine.coref.CorefSentence}s and
 * {@link dev.saywho.attribution.engine.coref.Mention}s; its feature generators (one small class each: {@code
 * BiasFeature}, {@code DistanceFeatures}, {@code KindFeatures}, {@code TypeFeatures}, {@code AgreementFeatures}, {@code
 * SubjectFeatures}, {@code FirstMentionFeatures}, {@code HeadMatchFeatures}, {@code HeadTypeFeatures}, {@code
 * QuotationFeatures}, {@code PronounFeatures}, {@code RuleFeature}, {@code AnaphorFeatures}), declared by a descriptor
 * stored in the model; the {@link dev.saywho.attribution.engine.coref.RuleBaseline} it is measured against and reads
 * as a feature; its word lists ({@code coref-anaphors.tsv}, {@code gendered-words.tsv}, {@code first-names.txt}).
 *
 * <p>Training and evaluation, which the service never calls: {@link
 * dev.saywho.attribution.engine.coref.CorefTrainer} (the training command), {@link
 * dev.saywho.attribution.engine.coref.CorefEvaluator}, {@link dev.saywho.attribution.engine.coref.CorefEvaluation}
 * and the reader of GUM's chains, {@link dev.saywho.attribution.engine.coref.GumCoref}.
 */
package dev.saywho.attribution.engine.coref;
