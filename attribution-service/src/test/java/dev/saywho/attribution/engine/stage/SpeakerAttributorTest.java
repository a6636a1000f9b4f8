package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static dev.saywho.attribution.engine.stage.StageDocuments.span;
import static dev.saywho.attribution.engine.stage.StageDocuments.tokenAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.Sieve;
import dev.saywho.attribution.engine.model.Attribution;
import dev.saywho.attribution.engine.model.Candidate;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.common.QuoteType;

/** {@link SpeakerAttributor}: the configured sieves, in order, name each candidate's speaker or leave it unnamed. */
class SpeakerAttributorTest {

    private static final RuleCatalog RULES = RuleCatalog.standard();
    private static final Rule TRAILING_CUE = RULES.rule("trailing-cue");

    private final SpeakerAttributor defaults = new SpeakerAttributor(Sieve.defaultOrder());

    private static Mention mention(Document doc, String word, Mention.Kind kind) {
        int[] s = span(doc, word);
        int t = tokenAt(doc, s[0]);
        return new Mention(s[0], s[1], t, t + 1, kind, s[0], s[1]);
    }

    /** A quote candidate of {@code content}, reported by a trailing cue naming {@code speaker} when it is not null. */
    private static Candidate quote(Document doc, String content, QuoteType type, Mention speaker) {
        int[] piece = span(doc, content);
        int token = tokenAt(doc, piece[0]);
        Frame frame = null;
        if (speaker != null) {
            int cue = speaker.endToken();
            frame = new Frame(
                    TRAILING_CUE,
                    doc.token(cue).start(),
                    doc.token(cue).end(),
                    speaker,
                    List.of(piece),
                    doc.sentenceOf(token).index(),
                    -1,
                    -1);
        }
        return new Candidate(List.of(piece), type, frame, doc.sentenceOf(token).paragraph());
    }

    private static Candidate quote(Document doc, String content, Mention speaker) {
        return quote(doc, content, QuoteType.DIRECT, speaker);
    }

    @Test
    void aCueSieveNamesTheSubjectOfItsFrame() {
        Document d = doc("“The ferry stays,” Varga said. “The toll is fair,” she said.");
        Mention varga = mention(d, "Varga", Mention.Kind.NAME);
        Mention she = mention(d, "she", Mention.Kind.PRONOUN);
        List<Candidate> candidates = List.of(quote(d, "The ferry stays,", varga), quote(d, "The toll is fair,", she));

        List<Attribution> out = defaults.attribute(d, candidates);
        assertThat(out).extracting(Attribution::candidate).containsExactlyElementsOf(candidates);
        assertThat(out.get(0).mention()).isSameAs(varga);
        assertThat(out.get(0).rule()).isSameAs(TRAILING_CUE);
        assertThat(out.get(0).sieve()).isEqualTo(Sieve.TRAILING_CUE);
        assertThat(out.get(0).confidence()).isEqualTo(TRAILING_CUE.confidence());
        assertThat(out.get(1).mention()).isSameAs(she);
        assertThat(out.get(1).confidence())
                .as("a pronoun is less certain")
                .isCloseTo(TRAILING_CUE.confidence() - SpeakerAttributor.PRONOUN_DISCOUNT, within(1e-9));
    }

    @Test
    void aLeftOutSieveNamesNoSpeaker() {
        Document d = doc("“The ferry stays,” Varga said.");
        Candidate c = quote(d, "The ferry stays,", mention(d, "Varga", Mention.Kind.NAME));
        SpeakerAttributor withoutTrailingCue = new SpeakerAttributor(List.of(
                Sieve.INVERTED_CUE,
                Sieve.LEADING_CUE,
                Sieve.ADJACENT_QUOTE,
                Sieve.CONVERSATION_CONTINUATION,
                Sieve.PARAGRAPH_SINGLE_SPEAKER));

        assertThat(withoutTrailingCue.attribute(d, List.of(c))).singleElement().satisfies(a -> {
            assertThat(a.candidate()).isSameAs(c);
            assertThat(a.mention()).isNull();
            assertThat(a.rule()).isNull();
            assertThat(a.sieve()).isNull();
            assertThat(a.confidence()).isZero();
        });
    }

    @Test
    void theSieveOrderDecidesBetweenTheNeighbourAndThePreviousParagraph() {
        Document d = doc("“The ferry stays,” Varga said.\n\n“The toll is fair.” “The pier stays open,” Brenn said.");
        Mention varga = mention(d, "Varga", Mention.Kind.NAME);
        Mention brenn = mention(d, "Brenn", Mention.Kind.NAME);
        List<Candidate> candidates = List.of(
                quote(d, "The ferry stays,", varga),
                quote(d, "The toll is fair.", null),
                quote(d, "The pier stays open,", brenn));

        Attribution byDefault = defaults.attribute(d, candidates).get(1);
        assertThat(byDefault.mention()).isSameAs(brenn);
        assertThat(byDefault.rule().name()).isEqualTo("adjacent-quote");
        assertThat(byDefault.confidence())
                .isEqualTo(RULES.rule("adjacent-quote").confidence());

        SpeakerAttributor continuationFirst = new SpeakerAttributor(
                List.of(Sieve.TRAILING_CUE, Sieve.CONVERSATION_CONTINUATION, Sieve.ADJACENT_QUOTE));
        Attribution reordered = continuationFirst.attribute(d, candidates).get(1);
        assertThat(reordered.mention()).isSameAs(varga);
        assertThat(reordered.rule().name()).isEqualTo("conversation-continuation");
    }

    @Test
    void anAdjacentQuoteNeedsAnAttributedDirectOrMixedNeighbourInItsParagraph() {
        Document d = doc("“The ferry stays,” Varga said.\n\n“The toll is fair.” The pier stays open, Brenn said.");
        Mention varga = mention(d, "Varga", Mention.Kind.NAME);
        Mention brenn = mention(d, "Brenn", Mention.Kind.NAME);
        SpeakerAttributor adjacentOnly = new SpeakerAttributor(List.of(Sieve.TRAILING_CUE, Sieve.ADJACENT_QUOTE));

        List<Candidate> indirectNeighbour = List.of(
                quote(d, "The ferry stays,", varga),
                quote(d, "The toll is fair.", null),
                quote(d, "The pier stays open", QuoteType.INDIRECT, brenn));
        assertThat(adjacentOnly.attribute(d, indirectNeighbour).get(1).mention())
                .as("Varga quotes in another paragraph, Brenn's neighbour is indirect")
                .isNull();

        List<Candidate> mixedNeighbour = List.of(
                quote(d, "The ferry stays,", varga),
                quote(d, "The toll is fair.", null),
                quote(d, "The pier stays open", QuoteType.MIXED, brenn));
        assertThat(adjacentOnly.attribute(d, mixedNeighbour).get(1).mention()).isSameAs(brenn);
    }

    @Test
    void aParagraphThatOpensWithAQuoteContinuesThePreviousParagraphsSpeaker() {
        SpeakerAttributor continuationOnly =
                new SpeakerAttributor(List.of(Sieve.TRAILING_CUE, Sieve.CONVERSATION_CONTINUATION));

        Document opens = doc("“The ferry stays,” Varga said.\n\n“The toll is fair to everyone.”");
        Mention varga = mention(opens, "Varga", Mention.Kind.NAME);
        List<Attribution> out = continuationOnly.attribute(
                opens,
                List.of(quote(opens, "The ferry stays,", varga), quote(opens, "The toll is fair to everyone.", null)));
        assertThat(out.get(1).mention()).isSameAs(varga);
        assertThat(out.get(1).rule().name()).isEqualTo("conversation-continuation");

        Document later = doc("“The ferry stays,” Varga said.\n\nBrenn left. “The toll is fair to everyone.”");
        Mention again = mention(later, "Varga", Mention.Kind.NAME);
        List<Attribution> none = continuationOnly.attribute(
                later,
                List.of(quote(later, "The ferry stays,", again), quote(later, "The toll is fair to everyone.", null)));
        assertThat(none.get(1).mention())
                .as("the quote does not open its paragraph")
                .isNull();
    }

    @Test
    void aCueLessQuoteTakesTheOnlySpeakerOfItsParagraph() {
        SpeakerAttributor paragraphOnly =
                new SpeakerAttributor(List.of(Sieve.TRAILING_CUE, Sieve.PARAGRAPH_SINGLE_SPEAKER));

        Document one = doc("“The ferry stays,” Varga said. Brenn left early. “The toll is fair to everyone.”");
        Mention varga = mention(one, "Varga", Mention.Kind.NAME);
        List<Attribution> out = paragraphOnly.attribute(
                one, List.of(quote(one, "The ferry stays,", varga), quote(one, "The toll is fair to everyone.", null)));
        assertThat(out.get(1).mention()).isSameAs(varga);
        assertThat(out.get(1).rule().name()).isEqualTo("paragraph-single-speaker");

        Document two = doc("“The ferry stays,” Varga said. “No,” Brenn said. “The toll is fair to everyone.”");
        List<Attribution> none = paragraphOnly.attribute(
                two,
                List.of(
                        quote(two, "The ferry stays,", mention(two, "Varga", Mention.Kind.NAME)),
                        quote(two, "No,", mention(two, "Brenn", Mention.Kind.NAME)),
                        quote(two, "The toll is fair to everyone.", null)));
        assertThat(none.get(2).mention()).as("two speakers in the paragraph").isNull();
    }
}
