package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.learn.FeatureSink;

/** One test per feature generator of the linker, over a short text written for the test. */
class CorefFeatureGeneratorsTest {

    static CorefSentence sentence(String words, String upos, String lemmas, String heads, String relations) {
        List<Integer> h = new ArrayList<>();
        for (String s : heads.split(" ", -1)) {
            h.add(Integer.parseInt(s));
        }
        return new CorefSentence(
                Arrays.asList(words.split(" ", -1)),
                Arrays.asList(upos.split(" ", -1)),
                Arrays.asList(lemmas.split(" ", -1)),
                h,
                Arrays.asList(relations.split(" ", -1)));
    }

    /**
     * Mary Holt met John Pella at the Varn Mill . / She said " the mill will close " . / The workers thanked him .
     * Mentions: 0 Mary Holt, 1 John Pella, 2 the Varn Mill, 3 She, 4 the mill, 5 The workers, 6 him.
     */
    static final CorefInput TEXT = new CorefInput(
            List.of(
                    sentence(
                            "Mary Holt met John Pella at the Varn Mill .",
                            "PROPN PROPN VERB PROPN PROPN ADP DET PROPN PROPN PUNCT",
                            "Mary Holt meet John Pella at the Varn Mill .",
                            "3 1 0 3 4 9 9 9 3 3",
                            "nsubj flat root obj flat case det compound obl punct"),
                    sentence(
                            "She said \" the mill will close \" .",
                            "PRON VERB PUNCT DET NOUN AUX VERB PUNCT PUNCT",
                            "she say \" the mill will close \" .",
                            "2 0 7 5 7 7 2 7 2",
                            "nsubj root punct det nsubj aux ccomp punct punct"),
                    sentence(
                            "The workers thanked him .",
                            "DET NOUN VERB PRON PUNCT",
                            "the worker thank he .",
                            "2 3 0 3 3",
                            "det nsubj root obj punct")),
            List.of(
                    new Mention(0, 0, 2, 0, MentionKind.NAME, EntityType.PERSON, Gender.UNKNOWN),
                    new Mention(0, 3, 5, 3, MentionKind.NAME, EntityType.PERSON, Gender.UNKNOWN),
                    new Mention(0, 6, 9, 8, MentionKind.NAME, EntityType.ORGANIZATION, Gender.UNKNOWN),
                    Mention.of(1, 0, 1, 0, MentionKind.PRONOUN),
                    Mention.of(1, 3, 5, 4, MentionKind.NOMINAL),
                    Mention.of(2, 0, 2, 1, MentionKind.NOMINAL),
                    Mention.of(2, 3, 4, 3, MentionKind.PRONOUN)));

    static final int MARY = 0;
    static final int JOHN = 1;
    static final int MILL_NAME = 2;
    static final int SHE = 3;
    static final int THE_MILL = 4;
    static final int WORKERS = 5;
    static final int HIM = 6;

    private static final CorefContext CONTEXT = new CorefContext(TEXT, CorefLexicon.standard());

    private static Candidates candidates(int anaphor) {
        return new Candidates(CONTEXT, anaphor, CorefModel.candidates(CONTEXT, anaphor));
    }

    /** The features generator {@code g} gives candidate {@code candidate} of {@code anaphor}, as a set. */
    private static Set<Long> pair(CorefFeature g, int anaphor, int candidate) {
        Candidates cs = candidates(anaphor);
        int k = cs.mentions.indexOf(candidate);
        assertThat(k).as("candidate " + candidate + " of " + anaphor).isNotNegative();
        FeatureSink sink = new FeatureSink();
        g.pair(cs, k, sink);
        return set(sink);
    }

    private static Set<Long> none(CorefFeature g, int anaphor) {
        FeatureSink sink = new FeatureSink();
        g.none(candidates(anaphor), sink);
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
        assertThat(CorefFeatureSet.knownNames())
                .containsExactlyInAnyOrder(
                        "bias",
                        "distance",
                        "kind",
                        "type",
                        "agreement",
                        "subject",
                        "first-in-sentence",
                        "head-match",
                        "head-type",
                        "quotation",
                        "candidate-pronoun",
                        "rule:baseline",
                        "anaphor");
        assertThat(CorefFeatureSet.standard().descriptor()).isEqualTo(CorefFeatureSet.STANDARD);
    }

    @Test
    void theContextReadsAnaphorsNumberAndGender() {
        assertThat(CONTEXT.anaphorClass[SHE]).isEqualTo(AnaphorClass.HE_SHE);
        assertThat(CONTEXT.anaphorClass[HIM]).isEqualTo(AnaphorClass.HE_SHE);
        assertThat(CONTEXT.anaphorClass[THE_MILL]).isEqualTo(AnaphorClass.NOMINAL);
        assertThat(CONTEXT.anaphorClass[MILL_NAME]).as("a name is no anaphor").isNull();
        assertThat(CONTEXT.gender[MARY]).isEqualTo(Gender.FEMALE);
        assertThat(CONTEXT.gender[JOHN]).isEqualTo(Gender.MALE);
        assertThat(CONTEXT.number[WORKERS]).isEqualTo(CorefLexicon.GrammaticalNumber.PLURAL);
        assertThat(CONTEXT.inQuote[THE_MILL]).isTrue();
        assertThat(CONTEXT.inQuote[SHE]).isFalse();
        assertThat(candidates(SHE).mentions).containsExactly(MILL_NAME, JOHN, MARY);
    }

    @Test
    void bias() {
        BiasFeature g = new BiasFeature();
        assertThat(pair(g, SHE, MARY)).hasSize(1).isEqualTo(pair(g, SHE, JOHN));
        assertThat(none(g, SHE)).hasSize(1).isNotEqualTo(pair(g, SHE, MARY));
        assertThat(pair(g, THE_MILL, MILL_NAME)).as("by anaphor class").isNotEqualTo(pair(g, SHE, MARY));
    }

    @Test
    void distanceInSentencesAndMentions() {
        DistanceFeatures g = new DistanceFeatures();
        assertThat(pair(g, HIM, WORKERS)).hasSize(3).doesNotContainAnyElementsOf(pair(g, HIM, MARY));
        assertThat(CONTEXT.sentenceDistance(HIM, MARY)).isEqualTo(2);
        assertThat(CONTEXT.mentionDistance(HIM, WORKERS)).isZero();
    }

    @Test
    void candidateKind() {
        KindFeatures g = new KindFeatures();
        assertThat(pair(g, HIM, SHE)).doesNotContainAnyElementsOf(pair(g, HIM, JOHN));
        assertThat(pair(g, HIM, MARY)).isEqualTo(pair(g, HIM, JOHN));
    }

    @Test
    void candidateType() {
        TypeFeatures g = new TypeFeatures();
        assertThat(pair(g, SHE, MARY)).hasSize(2).isEqualTo(pair(g, SHE, JOHN));
        assertThat(pair(g, SHE, MILL_NAME)).doesNotContainAnyElementsOf(pair(g, SHE, MARY));
        assertThat(pair(g, THE_MILL, SHE))
                .as("no pronoun word for a description")
                .hasSize(1);
    }

    @Test
    void numberAndGenderAgreement() {
        AgreementFeatures g = new AgreementFeatures();
        assertThat(CONTEXT.genderAgreement(SHE, MARY)).isEqualTo(CorefContext.AGREE);
        assertThat(CONTEXT.genderAgreement(SHE, JOHN)).isEqualTo(CorefContext.DISAGREE);
        assertThat(CONTEXT.numberAgreement(HIM, WORKERS)).isEqualTo(CorefContext.DISAGREE);
        assertThat(CONTEXT.numberAgreement(HIM, JOHN)).isEqualTo(CorefContext.AGREE);
        Set<Long> mary = pair(g, SHE, MARY);
        Set<Long> john = pair(g, SHE, JOHN);
        assertThat(mary).hasSize(3).isNotEqualTo(john);
        mary.retainAll(john);
        assertThat(mary).as("only number agreement is shared").hasSize(1);
        assertThat(none(g, SHE)).hasSize(1);
    }

    @Test
    void candidateIsASubject() {
        SubjectFeatures g = new SubjectFeatures();
        assertThat(CONTEXT.subject[MARY]).isTrue();
        assertThat(CONTEXT.subject[JOHN]).isFalse();
        assertThat(pair(g, SHE, MARY)).doesNotContainAnyElementsOf(pair(g, SHE, JOHN));
    }

    @Test
    void candidateIsTheFirstMentionOfItsSentence() {
        FirstMentionFeatures g = new FirstMentionFeatures();
        assertThat(CONTEXT.firstInSentence[MARY]).isTrue();
        assertThat(CONTEXT.firstInSentence[JOHN]).isFalse();
        assertThat(pair(g, SHE, MARY)).hasSize(1).isNotEqualTo(pair(g, SHE, JOHN));
    }

    @Test
    void headWordAndLemmaMatch() {
        HeadMatchFeatures g = new HeadMatchFeatures();
        assertThat(HeadMatchFeatures.match(CONTEXT, THE_MILL, MILL_NAME)).isEqualTo(HeadMatchFeatures.EXACT);
        assertThat(HeadMatchFeatures.match(CONTEXT, HIM, SHE))
                .as("him, she: lemma he, she")
                .isEqualTo(HeadMatchFeatures.NONE);
        assertThat(HeadMatchFeatures.match(CONTEXT, THE_MILL, MARY)).isEqualTo(HeadMatchFeatures.NONE);
        assertThat(HeadMatchFeatures.match(CONTEXT, WORKERS, SHE)).isEqualTo(HeadMatchFeatures.NONE);
        assertThat(pair(g, THE_MILL, MILL_NAME))
                .as("mill with an organisation, and a name")
                .hasSize(2)
                .isNotEqualTo(pair(g, THE_MILL, MARY));
        assertThat(pair(g, SHE, MARY)).as("pronouns have none").isEmpty();
        assertThat(none(g, THE_MILL)).hasSize(1).isNotEqualTo(none(g, WORKERS));
    }

    @Test
    void headWordWithTheCandidatesType() {
        HeadTypeFeatures g = new HeadTypeFeatures();
        assertThat(pair(g, THE_MILL, MILL_NAME))
                .as("mill with an organisation, and a name")
                .hasSize(2)
                .isNotEqualTo(pair(g, THE_MILL, MARY));
        assertThat(pair(g, HIM, WORKERS)).as("he with 'worker'").hasSize(1);
        assertThat(pair(g, SHE, MARY)).as("she with 'Mary'").hasSize(1).isNotEqualTo(pair(g, SHE, JOHN));
        assertThat(none(g, THE_MILL)).hasSize(1);
        assertThat(none(g, SHE)).isEmpty();
    }

    @Test
    void sameQuotationContext() {
        QuotationFeatures g = new QuotationFeatures();
        assertThat(pair(g, THE_MILL, MILL_NAME)).hasSize(1).isNotEqualTo(pair(g, HIM, MARY));
        assertThat(none(g, THE_MILL)).hasSize(1).isNotEqualTo(none(g, WORKERS));
    }

    @Test
    void candidatePronoun() {
        PronounFeatures g = new PronounFeatures();
        assertThat(pair(g, HIM, SHE)).hasSize(2);
        assertThat(pair(g, HIM, JOHN)).isEmpty();
    }

    @Test
    void theRuleBaselinesChoice() {
        RuleFeature g = new RuleFeature();
        Candidates cs = candidates(SHE);
        assertThat(cs.mentions.get(cs.ruleChoice))
                .as("the most recent agreeing: Mary")
                .isEqualTo(MARY);
        assertThat(pair(g, SHE, MARY)).hasSize(1);
        assertThat(pair(g, SHE, JOHN)).isEmpty();
        assertThat(none(g, SHE)).isEmpty();
        assertThat(candidates(WORKERS).ruleChoice).as("no earlier worker").isNegative();
        assertThat(none(g, WORKERS)).hasSize(1);
    }

    @Test
    void theAnaphorsOwnNoneOption() {
        AnaphorFeatures g = new AnaphorFeatures();
        assertThat(pair(g, SHE, MARY)).isEmpty();
        assertThat(none(g, SHE)).hasSize(3);
        assertThat(none(g, WORKERS))
                .as("a description's determiner and length too")
                .hasSize(5);
    }
}
