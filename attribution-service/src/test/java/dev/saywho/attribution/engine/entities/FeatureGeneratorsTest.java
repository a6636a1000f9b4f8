package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.WordForms;

class FeatureGeneratorsTest {

    private static Tokens tokens(String spaced) {
        return new Tokens(Arrays.asList(spaced.split(" ")), null);
    }

    private static Tokens tagged(String spaced, String tags) {
        return new Tokens(Arrays.asList(spaced.split(" ")), Arrays.asList(tags.split(" ")));
    }

    /** The label-independent features of word {@code i}, as a set. */
    private static Set<Long> word(FeatureGenerator g, Tokens t, int i) {
        FeatureSink sink = new FeatureSink();
        g.word(t, i, sink);
        return set(sink);
    }

    private static Set<Long> set(FeatureSink sink) {
        Set<Long> out = new HashSet<>();
        for (long f : sink.toArray()) {
            out.add(f);
        }
        return out;
    }

    @Test
    void everyKnownGeneratorHasATestHere() {
        // a new generator gets a test method in this class and its name in this list
        assertThat(FeatureSet.knownNames())
                .containsExactlyInAnyOrder(
                        "bias",
                        "word",
                        "neighbours",
                        "affixes",
                        "shape",
                        "casing",
                        "pos",
                        "gazetteer",
                        "previous-label");
    }

    @Test
    void bias() {
        BiasFeature g = new BiasFeature();
        Set<Long> a = word(g, tokens("Ilse Varga spoke ."), 0);
        assertThat(a).hasSize(1).isEqualTo(word(g, tokens("the bridge"), 1));
    }

    @Test
    void wordAsWrittenAndInLowerCase() {
        WordFeatures g = new WordFeatures();
        Set<Long> upper = word(g, tokens("Varga"), 0);
        Set<Long> lower = word(g, tokens("varga"), 0);
        assertThat(upper).hasSize(2);
        Set<Long> shared = new HashSet<>(upper);
        shared.retainAll(lower);
        assertThat(shared).as("only the lower-case feature is shared").hasSize(1);
        assertThat(word(g, tokens("Varga’s"), 0))
                .as("typographic apostrophe read as ASCII")
                .isEqualTo(word(g, tokens("Varga's"), 0));
    }

    @Test
    void neighboursWithinTheWindowOnly() {
        NeighbourFeatures g = new NeighbourFeatures(2);
        Set<Long> a = word(g, tokens("Mayor Ilse Varga of Port Tessaly"), 2);
        assertThat(a).isEqualTo(word(g, tokens("Mayor Ilse Varga of Port Vellmar"), 2));
        assertThat(a).isNotEqualTo(word(g, tokens("Mayor Ilse Varga in Port Tessaly"), 2));
        assertThat(a).as("two on each side, and the two word pairs").hasSize(6);
        // padding: before the start and after the end are different values
        assertThat(word(g, tokens("Varga"), 0)).hasSize(6);
        assertThat(g.descriptor()).isEqualTo("neighbours(2)@1");
        assertThatThrownBy(() -> new NeighbourFeatures(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void affixesSharedByNamesOfOneKind() {
        AffixFeatures g = new AffixFeatures(4);
        Set<Long> a = word(g, tokens("Tessaly"), 0);
        Set<Long> b = word(g, tokens("Vessaly"), 0);
        assertThat(a).hasSize(8);
        Set<Long> shared = new HashSet<>(a);
        shared.retainAll(b);
        assertThat(shared).as("the four suffixes -y -ly -aly -saly").hasSize(4);
        assertThat(word(g, tokens("Po"), 0)).as("no affix as long as the word").hasSize(2);
    }

    @Test
    void shapeOfTheWordAndItsNeighbours() {
        ShapeFeatures g = new ShapeFeatures();
        assertThat(WordForms.shape("Varga")).isEqualTo("Xxx");
        assertThat(WordForms.shape("A-380")).isEqualTo("X-dd");
        assertThat(WordForms.shape("NATO")).isEqualTo("XX");
        assertThat(word(g, tokens("said Ilse Varga ."), 2)).isEqualTo(word(g, tokens("told Olek Pella ."), 2));
        assertThat(word(g, tokens("said Ilse Varga ."), 2)).isNotEqualTo(word(g, tokens("said ilse Varga ."), 2));
    }

    @Test
    void casingClassesAndTheFirstWord() {
        CasingFeatures g = new CasingFeatures();
        assertThat(Tokens.casingOf("varga")).isEqualTo(Tokens.LOWER);
        assertThat(Tokens.casingOf("Varga")).isEqualTo(Tokens.TITLE);
        assertThat(Tokens.casingOf("V")).isEqualTo(Tokens.TITLE);
        assertThat(Tokens.casingOf("NATO")).isEqualTo(Tokens.UPPER);
        assertThat(Tokens.casingOf("iPhone")).isEqualTo(Tokens.MIXED);
        assertThat(Tokens.casingOf("1999")).isEqualTo(Tokens.NONE);
        Tokens t = tokens("“ Bridges fall , ” Varga said");
        assertThat(t.firstWord).as("the first word with a letter").isEqualTo(1);
        assertThat(word(g, t, 1)).isNotEqualTo(word(g, tokens("“ the Bridges fall , ” Varga said"), 2));
    }

    @Test
    void posNeedsTagsAndReadsThem() {
        PosFeatures g = new PosFeatures();
        assertThat(g.needs()).containsExactly(EntityModel.UPOS);
        Set<Long> propn = word(g, tagged("Varga spoke", "PROPN VERB"), 0);
        assertThat(propn).hasSize(9).isNotEqualTo(word(g, tagged("Varga spoke", "NOUN VERB"), 0));
        assertThatThrownBy(() -> word(g, tokens("Varga spoke"), 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gazetteerClassesOfWordsAndPhrases() {
        Gazetteer g = new Gazetteer(
                Map.of("Mayor", Gazetteer.TITLE, "Ilse", Gazetteer.GIVEN_NAME, "Tessaly", Gazetteer.PLACE),
                Map.of("Port Tessaly", Gazetteer.PLACE));
        Tokens t = tokens("Mayor Ilse Varga of Port Tessaly");
        assertThat(g.classes(t))
                .containsExactly(
                        Gazetteer.TITLE,
                        Gazetteer.GIVEN_NAME,
                        0,
                        0,
                        Gazetteer.PLACE << Gazetteer.BEGIN,
                        Gazetteer.PLACE | Gazetteer.PLACE << Gazetteer.INSIDE);
        GazetteerFeatures f = new GazetteerFeatures(g);
        assertThat(word(f, t, 2)).hasSize(6).isEqualTo(word(f, tokens("Mayor Ilse Pella of Port Tessaly"), 2));
        assertThat(word(f, t, 2)).isNotEqualTo(word(f, tokens("Mayor Olek Varga of Port Tessaly"), 2));
        assertThat(word(f, t, 5))
                .as("a place alone is not a place phrase")
                .isNotEqualTo(word(f, tokens("Mayor Ilse Varga of Lake Tessaly"), 5));
    }

    @Test
    void previousLabelOnlyInTransitions() {
        PreviousLabelFeatures g = new PreviousLabelFeatures();
        Tokens t = tokens("Ilse Varga spoke");
        assertThat(word(g, t, 1)).isEmpty();
        assertThat(g.readsPreviousLabel()).isTrue();
        FeatureSink sink = new FeatureSink();
        g.transition(t, 1, BioLabels.begin(EntityType.PERSON), sink);
        Set<Long> afterPerson = set(sink);
        sink.clear();
        g.transition(t, 1, BioLabels.OUTSIDE, sink);
        assertThat(afterPerson).hasSize(3).isNotEqualTo(set(sink));
    }

    @Test
    void descriptorRoundTrip() {
        FeatureSet standard = FeatureSet.standard(EntityModelTest.GAZETTEER);
        String d = standard.descriptor();
        assertThat(d).startsWith("bias@1 word@1 neighbours(2)@1").contains("gazetteer@1");
        assertThat(FeatureSet.fromDescriptor(d, EntityModelTest.GAZETTEER).descriptor())
                .isEqualTo(d);
        assertThat(standard.needs()).containsExactly(EntityModel.UPOS);
        assertThat(FeatureSet.fromDescriptor("bias@1 word@1", null).needs()).isEmpty();
    }

    @Test
    void descriptorRefusals() {
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("bias@1 wikipedia@1", null))
                .hasMessageContaining("unknown feature generator 'wikipedia'");
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("bias@1 gazetteer@1", null))
                .hasMessageContaining("stores no gazetteer");
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("bias@1 shape@2", null))
                .hasMessageContaining("trained with feature generator shape@2")
                .hasMessageContaining("retrain");
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("neighbours(x)@1", null))
                .hasMessageContaining("bad argument");
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("bias", null)).hasMessageContaining("without a version");
        assertThatThrownBy(() -> FeatureSet.fromDescriptor("bias@1 bias@1", null))
                .hasMessageContaining("twice");
    }

    @Test
    void generatorsOfASetDoNotShareFeatures() {
        // the same key and value under two generators must give two features: each writes under its own salt
        Tokens t = tokens("Varga");
        FeatureSink sink = new FeatureSink();
        new FeatureSet(List.of(new WordFeatures(), new ShapeFeatures())).word(t, 0, sink);
        assertThat(set(sink)).hasSize(sink.size());
    }
}
