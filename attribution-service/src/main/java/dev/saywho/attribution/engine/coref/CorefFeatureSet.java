package dev.saywho.attribution.engine.coref;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.saywho.attribution.engine.learn.FeatureDescriptor;
import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * The ordered feature generators of a linker model, written in its manifest as a descriptor ({@code bias@1
 * distance@1 …}) and rebuilt from it when the model loads, so the features a model scores are always those it was
 * trained with. One {@link #pair}/{@link #none} pair serves training and prediction. Immutable.
 */
final class CorefFeatureSet {

    /** Every generator this code knows, by name. */
    private static final Map<String, Supplier<CorefFeature>> KNOWN = Map.ofEntries(
            Map.entry("bias", BiasFeature::new),
            Map.entry("distance", DistanceFeatures::new),
            Map.entry("kind", KindFeatures::new),
            Map.entry("type", TypeFeatures::new),
            Map.entry("agreement", AgreementFeatures::new),
            Map.entry("subject", SubjectFeatures::new),
            Map.entry("first-in-sentence", FirstMentionFeatures::new),
            Map.entry("head-match", HeadMatchFeatures::new),
            Map.entry("head-type", HeadTypeFeatures::new),
            Map.entry("quotation", QuotationFeatures::new),
            Map.entry("candidate-pronoun", PronounFeatures::new),
            Map.entry("rule:baseline", RuleFeature::new),
            Map.entry("anaphor", AnaphorFeatures::new));

    /** The generators of the shipped model, in order. */
    static final String STANDARD = "bias@1 distance@1 kind@1 type@1 agreement@1 subject@1 first-in-sentence@1"
            + " head-match@1 head-type@1 quotation@1 candidate-pronoun@1 rule:baseline@1 anaphor@1";

    private final List<CorefFeature> generators;
    private final long[] salts;

    CorefFeatureSet(List<CorefFeature> generators) {
        this.generators = List.copyOf(generators);
        this.salts = FeatureDescriptor.salts(
                generators.stream().map(CorefFeature::name).toList());
    }

    static CorefFeatureSet standard() {
        return fromDescriptor(STANDARD);
    }

    static Set<String> knownNames() {
        return KNOWN.keySet();
    }

    /**
     * Rebuilds the generators a descriptor names; refuses a name this code does not know, an argument (none of these
     * takes one), or a version other than the one this code generates.
     */
    static CorefFeatureSet fromDescriptor(String descriptor) {
        return new CorefFeatureSet(FeatureDescriptor.argumentless(descriptor, KNOWN, CorefFeature::version));
    }

    /** The descriptor: each generator's {@code name@version}, space-separated, in order. */
    String descriptor() {
        StringBuilder b = new StringBuilder();
        for (CorefFeature g : generators) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(g.descriptor());
        }
        return b.toString();
    }

    List<CorefFeature> generators() {
        return generators;
    }

    /** The features of candidate {@code k} as the antecedent, replacing what {@code out} held. */
    void pair(Candidates cs, int k, FeatureSink out) {
        out.clear();
        for (int g = 0; g < salts.length; g++) {
            out.salt(salts[g]);
            generators.get(g).pair(cs, k, out);
        }
    }

    /** The features of "no antecedent", replacing what {@code out} held. */
    void none(Candidates cs, FeatureSink out) {
        out.clear();
        for (int g = 0; g < salts.length; g++) {
            out.salt(salts[g]);
            generators.get(g).none(cs, out);
        }
    }

    /** The features of every option, none first, then each candidate in order. */
    long[][] options(Candidates cs, FeatureSink sink) {
        long[][] out = new long[cs.size() + 1][];
        none(cs, sink);
        out[0] = sink.toArray();
        for (int k = 0; k < cs.size(); k++) {
            pair(cs, k, sink);
            out[k + 1] = sink.toArray();
        }
        return out;
    }
}
