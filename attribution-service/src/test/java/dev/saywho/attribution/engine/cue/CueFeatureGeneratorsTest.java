package dev.saywho.attribution.engine.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;

/** Each generator on sentences written for it: what it sees changes its features, and only that. */
class CueFeatureGeneratorsTest {

    private static final AttributionEngine READER = AttributionEngine.create(EngineOptions.defaults(), null);

    /** The input of a one-sentence text and its candidate whose cue word is {@code cue}. */
    private static CueInput input(String text) {
        Document doc = READER.read(text);
        return CueInput.of(doc, doc.sentences().get(0), Lexicons.standard());
    }

    private static CueCandidate candidate(CueInput in, String cue, String relation) {
        for (CueCandidate c : CueCandidate.of(in.tree())) {
            if (in.word(c.predicate()).form().equals(cue)
                    && CueCandidate.baseRelation(in.word(c.complement()).relation())
                            .equals(relation)) {
                return c;
            }
        }
        throw new AssertionError("no candidate " + cue + " → " + relation + " in " + in.tree());
    }

    private static long[] features(CueFeature g, CueInput in, CueCandidate c) {
        FeatureSink sink = new FeatureSink();
        sink.salt(1);
        g.add(in, c, sink);
        long[] f = sink.toArray();
        Arrays.sort(f);
        return f;
    }

    @Test
    void candidatesAreEveryClausalAndNominalDependentWithTheirSubtree() {
        CueInput in = input("Mayor Ilse Varga said that the harbour levy will pass in May.");
        CueCandidate c = candidate(in, "said", "ccomp");
        assertThat(in.word(c.first()).form()).isEqualTo("that");
        assertThat(in.word(c.last()).form()).as("the full stop is trimmed").isEqualTo("May");
        assertThat(in.word(in.subject(c.predicate())).form()).isIn("Mayor", "Varga");
    }

    @Test
    void thePredicateGeneratorSeesTheCueWordAndNothingElse() {
        CueInput said = input("Ilse Varga said that the levy will pass.");
        CueInput believes = input("Ilse Varga believes that the levy will pass.");
        CueInput other = input("Tom Ebbe said that the ferry will stop.");
        CueFeature g = new CueFeatures.Predicate();
        long[] a = features(g, said, candidate(said, "said", "ccomp"));
        assertThat(features(g, believes, candidate(believes, "believes", "ccomp")))
                .isNotEqualTo(a);
        assertThat(features(g, other, candidate(other, "said", "ccomp"))).isEqualTo(a);
    }

    @Test
    void theSubjectGeneratorSeesPassivesAndPronouns() {
        CueInput active = input("Engineers criticised the plan.");
        CueInput passive = input("The plan was criticised by engineers.");
        CueInput pronoun = input("She criticised the plan.");
        CueFeature g = new CueFeatures.Subject();
        long[] a = features(g, active, candidate(active, "criticised", "obj"));
        assertThat(passive.passive(candidate(passive, "criticised", "obl").predicate()))
                .isTrue();
        assertThat(features(g, pronoun, candidate(pronoun, "criticised", "obj")))
                .isNotEqualTo(a);
    }

    @Test
    void theComplementGeneratorSeesTheMarker() {
        CueInput that = input("Ilse Varga said that the levy will pass.");
        CueInput bare = input("Ilse Varga said the levy will pass.");
        CueFeature g = new CueFeatures.Complement();
        assertThat(features(g, that, candidate(that, "said", "ccomp")))
                .isNotEqualTo(features(g, bare, candidate(bare, "said", "ccomp")));
    }

    @Test
    void theSpanGeneratorSeesQuotationMarks() {
        CueInput plain = input("Ilse Varga said the levy will pass.");
        CueInput quoted = input("Ilse Varga said the levy will “pass.”");
        CueFeature g = new CueFeatures.Span();
        assertThat(features(g, plain, candidate(plain, "said", "ccomp")))
                .isNotEqualTo(features(g, quoted, candidate(quoted, "said", "ccomp")));
    }

    @Test
    void theRuleGeneratorGivesTheLexiconsOpinion() {
        CueInput known = input("Ilse Varga believes the levy will pass.");
        CueInput unknown = input("Ilse Varga paints the sheds every spring.");
        CueFeature g = new CueFeatures.RuleLexicon();
        assertThat(features(g, known, candidate(known, "believes", "ccomp")))
                .isNotEqualTo(features(g, unknown, candidate(unknown, "paints", "obj")));
    }

    @Test
    void theGovernorGeneratorSeesWhereTheCueHangs() {
        CueInput root = input("Varga wants the levy.");
        CueInput clause = input("Ebbe said that Varga wants the levy.");
        CueFeature g = new CueFeatures.Governor();
        assertThat(features(g, root, candidate(root, "wants", "obj")))
                .isNotEqualTo(features(g, clause, candidate(clause, "wants", "obj")));
    }

    @Test
    void theDescriptorRoundTripsAndRefusesWhatThisCodeDoesNotGenerate() {
        assertThat(CueFeatureSet.fromDescriptor(CueFeatureSet.STANDARD).descriptor())
                .isEqualTo(CueFeatureSet.STANDARD);
        assertThatThrownBy(() -> CueFeatureSet.fromDescriptor("bias@1 wordnet@1"))
                .hasMessageContaining("unknown feature generator 'wordnet'");
        assertThatThrownBy(() -> CueFeatureSet.fromDescriptor("bias@1 bias@1")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> CueFeatureSet.fromDescriptor("bias(2)@1")).hasMessageContaining("takes no argument");
        assertThat(List.of(CueFeatureSet.STANDARD.split(" "))).hasSize(7);
    }

    @Test
    void quotedFlagsMustMatchTheWords() {
        CueInput in = input("Varga wants the levy.");
        assertThatThrownBy(() -> new CueInput(in.tree(), Lexicons.standard(), new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
