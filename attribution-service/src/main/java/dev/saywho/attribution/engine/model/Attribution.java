package dev.saywho.attribution.engine.model;

import dev.saywho.attribution.engine.Sieve;

/** A sieve's decision: the candidate, the mention it rests on, the sieve and its confidence. */
public record Attribution(Candidate candidate, Mention mention, Sieve sieve, double confidence) {
}
