/**
 * Learning primitives shared by the engine's learned components (the syntax model, the entity recogniser, the
 * coreference linker): 64-bit feature hashing and the {@link dev.saywho.attribution.engine.learn.FeatureSink} that
 * collects salted feature hashes, an immutable hashed multi-class linear model stored as half-precision weights, the
 * averaged perceptron that trains it, and the {@link dev.saywho.attribution.engine.learn.ModelManifest} at the head of
 * a model file. No component knowledge here: components bring their own features and decoding.
 */
package dev.saywho.attribution.engine.learn;
