package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Token;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(Lexicons.standard());

    @Test
    void keepsTitleAbbreviationsInsideSentences() {
        Document doc =
                segmenter.segment("Sen. Ilse Varga of Port Tessaly spoke. Dr. Otto Brenn left the U.S. on Monday.");
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.tokens()).extracting(Token::text).contains("Sen.", "Dr.", "U.S.");
    }

    @Test
    void splitsPossessivesAndKeepsApostrophesInsideWords() {
        Document doc = segmenter.segment("Tessaly’s mayor didn’t say rock ’n’ roll.");
        assertThat(doc.tokens()).extracting(Token::text).contains("Tessaly", "’s", "didn’t");
    }

    @Test
    void paragraphsAreLinesAndOffsetsAreExact() {
        String text = "First line here.\n\nSecond “quoted,” line.";
        Document doc = segmenter.segment(text);
        assertThat(doc.paragraphs()).hasSize(2);
        for (Token t : doc.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void closingQuoteAfterPeriodStaysWithItsSentence() {
        Document doc = segmenter.segment("“We will rebuild.” She left early.");
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.sentences().get(0).end()).isEqualTo("“We will rebuild.”".length());
    }

    @Test
    void periodGluedToAWordEndsNoSentence() {
        Document doc = segmenter.segment("Rep. Ilse Varga (D-N.C.), head of the caucus, left. Otto Brenn stayed.");
        assertThat(doc.sentences()).hasSize(2);
    }

    @Test
    void webAddressIsOneWord() {
        Document doc = segmenter.segment("Otto Brenn founded tidewatch.org in May. He left.");
        assertThat(doc.tokens()).extracting(Token::text).contains("tidewatch.org");
        assertThat(doc.sentences()).hasSize(2);
    }
}
