package dev.saywho.attribution.engine.cue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.saywho.attribution.engine.learn.FeatureDescriptor;
import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * The ordered feature generators of a cue model, written in its manifest as a descriptor ({@code bias@1
 * predicate@1 …}) and rebuilt from it when the model loads, so a model always scores the features it was trained
 * with. Immutable.
 */
final class CueFeatureSet {

    private static final Map<String, Supplier<CueFeature>> KNOWN = Map.of(
            "bias", CueFeatures.Bias::new,
            "predicate", CueFeatures.Predicate::new,
            "complement", CueFeatures.Complement::new,
            "subject", CueFeatures.Subject::new,
            "governor", CueFeatures.Governor::new,
            "span", CueFeatures.Span::new,
            "rule:lexicon", CueFeatures.RuleLexicon::new);

    /** The generators of the shipped model, in order. */
    static final String STANDARD = "bias@1 predicate@1 complement@1 subject@1 governor@1 span@1 rule:lexicon@1";

    private final List<CueFeature> generators;
    private final long[] salts;

    CueFeatureSet(List<CueFeature> generators) {
        this.generators = List.copyOf(generators);
        this.salts = FeatureDescriptor.salts(
                generators.stream().map(CueFeature::name).toList());
    }

    static CueFeatureSet standard() {
        return fromDescriptor(STANDARD);
    }

    /**
     * Rebuilds the generators a descriptor names; refuses a name this code does not know, an argument (none takes
     * one), or a version other than the one this code generates.
     */
    static CueFeatureSet fromDescriptor(String descriptor) {
        return new CueFeatureSet(FeatureDescriptor.argumentless(descriptor, KNOWN, CueFeature::version));
    }

    String descriptor() {
        StringBuilder b = new StringBuilder();
        for (CueFeature g : generators) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(g.descriptor());
        }
        return b.toString();
    }

    /** The features of candidate {@code c}, replacing what {@code out} held. */
    void features(CueInput in, CueCandidate c, FeatureSink out) {
        out.clear();
        for (int g = 0; g < salts.length; g++) {
            out.salt(salts[g]);
            generators.get(g).add(in, c, out);
        }
    }
}
