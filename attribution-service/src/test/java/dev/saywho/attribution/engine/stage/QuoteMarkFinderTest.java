package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.QuotedSpan;

class QuoteMarkFinderTest {

    private final Segmenter segmenter = new Segmenter(Lexicons.standard());
    private final QuoteMarkFinder finder = new QuoteMarkFinder();

    private Document find(String text) {
        return finder.find(segmenter.segment(text));
    }

    private static String content(Document doc, QuotedSpan q) {
        return doc.text().substring(q.contentStart(), q.contentEnd());
    }

    @Test
    void pairsCurlyStraightAndGuillemetMarks() {
        Document doc = find("“One,” she said. \"Two,\" he said. «Three», they said.");
        assertThat(doc.quotedSpans()).extracting(q -> content(doc, q)).containsExactly("One,", "Two,", "Three");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        Document doc = find("Tessaly’s ’90s rock ’n’ roll scene didn’t last.");
        assertThat(doc.quotedSpans()).isEmpty();
    }

    @Test
    void nestedSingleQuotesStayInsideTheirDoubleQuote() {
        Document doc = find("“He told me ‘never again’ twice,” Varga said.");
        assertThat(doc.quotedSpans()).hasSize(1);
        assertThat(content(doc, doc.quotedSpans().get(0))).isEqualTo("He told me ‘never again’ twice,");
    }

    @Test
    void anUnclosedQuoteContinuesIntoAParagraphThatOpensWithAMark() {
        Document doc = find("“The bridge will open in May.\n\n“And the ferry will stay,” Varga said.");
        assertThat(doc.quotedSpans()).hasSize(1);
        assertThat(doc.quotedSpans().get(0).pieces()).hasSize(2);
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        Document doc = find("She called it “a disgrace\n\nNext paragraph.");
        assertThat(doc.quotedSpans()).hasSize(1);
        assertThat(doc.quotedSpans().get(0).closeMark()).isEqualTo(-1);
        assertThat(content(doc, doc.quotedSpans().get(0))).isEqualTo("a disgrace");
    }

    @Test
    void typewriterDoubleApostrophesAreQuotationMarks() {
        Document doc = find("''The ferry stays,'' Varga said.");
        assertThat(doc.quotedSpans()).hasSize(1);
        assertThat(content(doc, doc.quotedSpans().get(0))).isEqualTo("The ferry stays,");
        assertThat(doc.quotedSpans().get(0).outerEnd()).isEqualTo("''The ferry stays,''".length());
    }
}
