package dev.saywho.attribution.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.stage.QuoteMarkFinder;
import dev.saywho.attribution.engine.stage.Segmenter;

/** Which quote holds an offset: the same answer as reading every piece, found in logarithmically many reads. */
class DocumentTest {

    private static final String[] PARTS = {
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "''",
        "\n",
        "\n\n",
        "\n\n“",
        " said Varga. ",
        "We will ",
        "not pay",
        ", ",
        ". ",
        "Korea’s ",
        " — ",
        ": "
    };

    private final Segmenter segmenter = new Segmenter(Lexicons.standard());
    private final QuoteMarkFinder finder = new QuoteMarkFinder();

    private Document doc(String text) {
        return finder.find(segmenter.segment(text));
    }

    @Test
    void quoteAtAnswersWhatReadingEveryPieceAnswers() {
        Random random = new Random(20_261_204L);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(80);
            for (int i = 0; i < parts; i++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            Document doc = doc(text.toString());
            for (int offset = 0; offset <= text.length(); offset++) {
                assertThat(doc.quoteAt(offset)).as("%s at %d", text, offset).isSameAs(everyPieceRead(doc, offset));
            }
        }
    }

    @Test
    void aQuoteOverThousandsOfParagraphsIsSearchedNotScanned() {
        // "“Start of a quote…" opening every line: one unclosed quote continued over 4,000 paragraphs
        Document doc = doc("“Start of a quote…\n".repeat(4_000));
        assertThat(doc.quotedSpans()).hasSize(1);
        List<int[]> pieces = doc.quotedSpans().get(0).pieces();
        assertThat(pieces).hasSize(4_000);
        int bound = 32 - Integer.numberOfLeadingZeros(pieces.size());
        for (Token t : doc.tokens()) {
            CountingList counting = new CountingList(pieces);
            Document.pieceAtOrBefore(counting, t.start());
            assertThat(counting.reads).as("pieces read to place %d", t.start()).isLessThanOrEqualTo(bound);
        }
    }

    /** The quote holding {@code offset} by its definition: the last to open at or before it, read piece by piece. */
    private static QuotedSpan everyPieceRead(Document doc, int offset) {
        QuotedSpan last = null;
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.openMark() <= offset) {
                last = q;
            }
        }
        if (last == null || !last.contains(offset)) {
            return null;
        }
        if (offset == last.openMark() || (last.closeMark() >= 0 && offset >= last.closeMark())) {
            return last;
        }
        for (int[] p : last.pieces()) {
            if (offset >= p[0] - 1 && offset <= p[1]) {
                return last;
            }
        }
        return null;
    }

    /** A view of the pieces that counts how many of them are read. */
    private static final class CountingList extends AbstractList<int[]> {
        private final List<int[]> pieces;
        private int reads;

        CountingList(List<int[]> pieces) {
            this.pieces = pieces;
        }

        @Override
        public int[] get(int index) {
            reads++;
            return pieces.get(index);
        }

        @Override
        public int size() {
            return pieces.size();
        }
    }
}
