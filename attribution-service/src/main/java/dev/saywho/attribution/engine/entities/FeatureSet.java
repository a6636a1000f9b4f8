package dev.saywho.attribution.engine.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import dev.saywho.attribution.engine.learn.FeatureDescriptor;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * The ordered feature generators of a model, written in its manifest as a descriptor ({@code bias@1 word@1
 * neighbours(2)@1 …}) and rebuilt from it when the model loads (the gazetteer generator with the lists stored in the
 * model), so the features a model scores are always those it was trained with. One {@link #word}/{@link #transition} pair serves training and prediction. Immutable.
 */
final class FeatureSet {

    /** The generators of the shipped model, in order, the gazetteer's reading {@code gazetteer}. */
    static List<FeatureGenerator> standardGenerators(Gazetteer gazetteer) {
        return List.of(
                new BiasFeature(),
                new WordFeatures(),
                new NeighbourFeatures(2),
                new AffixFeatures(4),
                new ShapeFeatures(),
                new CasingFeatures(),
                new PosFeatures(),
                new GazetteerFeatures(gazetteer),
                new PreviousLabelFeatures());
    }

    /** Every generator this code knows, by name, built from the argument written in a descriptor and the gazetteer. */
    private static final Map<String, BiFunction<String, Gazetteer, FeatureGenerator>> KNOWN = Map.of(
            "bias", (a, g) -> noArgument(a, new BiasFeature()),
            "word", (a, g) -> noArgument(a, new WordFeatures()),
            "neighbours", (a, g) -> new NeighbourFeatures(Integer.parseInt(a)),
            "affixes", (a, g) -> new AffixFeatures(Integer.parseInt(a)),
            "shape", (a, g) -> noArgument(a, new ShapeFeatures()),
            "casing", (a, g) -> noArgument(a, new CasingFeatures()),
            "pos", (a, g) -> noArgument(a, new PosFeatures()),
            "gazetteer", (a, g) -> noArgument(a, gazetteerFeatures(g)),
            "previous-label", (a, g) -> noArgument(a, new PreviousLabelFeatures()));

    private final List<FeatureGenerator> generators;
    private final long[] salts;
    private final List<FeatureGenerator> transitions;
    private final long[] transitionSalts;

    FeatureSet(List<FeatureGenerator> generators) {
        this.generators = List.copyOf(generators);
        this.salts = FeatureDescriptor.salts(
                generators.stream().map(FeatureGenerator::name).toList());
        List<FeatureGenerator> t = new ArrayList<>();
        for (FeatureGenerator gen : generators) {
            if (gen.readsPreviousLabel()) {
                t.add(gen);
            }
        }
        this.transitions = List.copyOf(t);
        this.transitionSalts = new long[t.size()];
        for (int g = 0; g < t.size(); g++) {
            transitionSalts[g] = Hashing.of(t.get(g).name());
        }
    }

    static FeatureSet standard(Gazetteer gazetteer) {
        return new FeatureSet(standardGenerators(gazetteer));
    }

    /** The names every generator this code knows. */
    static Set<String> knownNames() {
        return KNOWN.keySet();
    }

    private static FeatureGenerator gazetteerFeatures(Gazetteer g) {
        if (g == null) {
            throw new IllegalArgumentException("the descriptor names the gazetteer, but the model stores no gazetteer");
        }
        return new GazetteerFeatures(g);
    }

    private static FeatureGenerator noArgument(String argument, FeatureGenerator g) {
        if (!argument.isEmpty()) {
            throw new IllegalArgumentException(g.name() + " takes no argument");
        }
        return g;
    }

    /**
     * Rebuilds the generators a descriptor names; refuses a name this code does not know, a bad argument, or a version
     * other than the one this code generates (its features would differ from those the weights were trained on).
     */
    static FeatureSet fromDescriptor(String descriptor, Gazetteer gazetteer) {
        List<FeatureGenerator> out = new ArrayList<>();
        for (FeatureDescriptor.Entry d : FeatureDescriptor.parse(descriptor)) {
            String entry = d.toString();
            String name = d.name();
            String argument = d.argument();
            int version = d.version();
            BiFunction<String, Gazetteer, FeatureGenerator> make = KNOWN.get(name);
            if (make == null) {
                throw new IllegalArgumentException(
                        "unknown feature generator '" + name + "' (this code knows " + KNOWN.keySet() + ")");
            }
            FeatureGenerator g;
            try {
                g = make.apply(argument, gazetteer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad argument in '" + entry + "': " + e.getMessage(), e);
            }
            if (g.version() != version) {
                throw new IllegalArgumentException("the model was trained with feature generator " + entry
                        + " but this code generates " + g.descriptor() + ": retrain the model");
            }
            out.add(g);
        }
        return new FeatureSet(out);
    }

    /** The descriptor: each generator's {@code name(argument)@version}, space-separated, in order. */
    String descriptor() {
        StringBuilder b = new StringBuilder();
        for (FeatureGenerator g : generators) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(g.descriptor());
        }
        return b.toString();
    }

    /** What the generators read beyond the words ({@code upos}). */
    Set<String> needs() {
        Set<String> needs = new LinkedHashSet<>();
        for (FeatureGenerator g : generators) {
            needs.addAll(g.needs());
        }
        return needs;
    }

    List<FeatureGenerator> generators() {
        return generators;
    }

    boolean hasTransitions() {
        return !transitions.isEmpty();
    }

    /** The label-independent features of word {@code i}, replacing what {@code out} held. */
    void word(Tokens tokens, int i, FeatureSink out) {
        out.clear();
        for (int g = 0; g < salts.length; g++) {
            out.salt(salts[g]);
            generators.get(g).word(tokens, i, out);
        }
    }

    /** The features of word {@code i} after label {@code previous}, replacing what {@code out} held. */
    void transition(Tokens tokens, int i, int previous, FeatureSink out) {
        out.clear();
        for (int g = 0; g < transitionSalts.length; g++) {
            out.salt(transitionSalts[g]);
            transitions.get(g).transition(tokens, i, previous, out);
        }
    }

    /** The label-independent features of every word of a sentence. */
    long[][] words(Tokens tokens, FeatureSink sink) {
        long[][] out = new long[tokens.n][];
        for (int i = 0; i < tokens.n; i++) {
            word(tokens, i, sink);
            out[i] = sink.toArray();
        }
        return out;
    }
}
