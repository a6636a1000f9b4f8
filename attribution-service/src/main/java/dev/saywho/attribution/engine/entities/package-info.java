/**
 * The named-entity recogniser (issue 20): a learned component that finds person, organization, place and other names
 * in a sentence given as words and UPOS tags, shaped as {@code design/learned-components.md} describes.
 *
 * <p>Run time: {@link dev.saywho.attribution.engine.entities.EntityModel} (load once, immutable, thread-safe; its
 * contract says it needs {@code words} and {@code upos} and adds {@code entities}), its feature generators (one small
 * class each: {@code BiasFeature}, {@code WordFeatures}, {@code NeighbourFeatures}, {@code AffixFeatures}, {@code
 * ShapeFeatures}, {@code CasingFeatures}, {@code PosFeatures}, {@code GazetteerFeatures}, {@code PreviousLabelFeatures},
 * declared by a descriptor stored in the model, the gazetteer's word lists stored with it), the BIO codec and the
 * Viterbi decoder, and the {@link dev.saywho.attribution.engine.learn.ModelManifest} that makes a model file refuse
 * code it does not fit.
 *
 * <p>Training and evaluation, which the service never calls: {@link
 * dev.saywho.attribution.engine.entities.EntityTrainer} (the training command), {@link
 * dev.saywho.attribution.engine.entities.EntityEvaluator}, {@link
 * dev.saywho.attribution.engine.entities.SpanEvaluation}, and the readers of the data ({@link
 * dev.saywho.attribution.engine.entities.GumEntities}, {@link dev.saywho.attribution.engine.entities.UnerReader},
 * {@link dev.saywho.attribution.engine.entities.EntityData}). The engine reaches the recogniser through the {@code
 * EntityFinder} stage, which maps word spans to character offsets.
 */
package dev.saywho.attribution.engine.entities;
