/**
 * Learning primitives shared by the engine's learned components (the syntax model, the entity recogniser): 64-bit
 * feature hashing, an immutable hashed multi-class linear model stored as half-precision weights, and the averaged
 * perceptron that trains it. No component knowledge here: components bring their own features and decoding.
 */
package dev.saywho.attribution.engine.learn;
