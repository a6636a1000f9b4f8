/**
 * Learning primitives shared by the engine's learned components (the syntax model, the entity recogniser, the
 * coreference linker): 64-bit feature hashing and the {@link dev.saywho.attribution.engine.learn.FeatureSink} that
 * collects salted feature hashes, an immutable hashed multi-class linear model stored as half-precision weights, the
 * averaged perceptron that trains it, the {@link dev.saywho.attribution.engine.learn.ModelManifest} at the head of a
 * model file and the {@link dev.saywho.attribution.engine.learn.ModelArchive} that reads and writes the file; for the
 * tools that train and score them, a {@link dev.saywho.attribution.engine.learn.CommandLine} and a CoNLL-U reader
 * ({@link dev.saywho.attribution.engine.learn.ConllU}). No component knowledge here: components bring their own
 * features, decoding, magic numbers and refusals.
 */
package dev.saywho.attribution.engine.learn;
