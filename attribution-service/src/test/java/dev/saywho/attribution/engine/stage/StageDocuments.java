package dev.saywho.attribution.engine.stage;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;

/** What the stage tests share: a document as the stages before theirs leave it, and ways to point into it. */
final class StageDocuments {

    private StageDocuments() {}

    /** {@code text} segmented and its quotation marks found, the input of every later stage. */
    static Document doc(String text) {
        Lexicons lex = Lexicons.standard();
        return new QuoteMarkFinder().find(new Segmenter(lex).segment(text));
    }

    /** The index of the first token that is {@code text}. */
    static int tokenIndex(Document doc, String text) {
        for (int i = 0; i < doc.tokenCount(); i++) {
            if (doc.token(i).is(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token " + text);
    }

    /** The index of the token starting at character {@code offset}. */
    static int tokenAt(Document doc, int offset) {
        for (int i = 0; i < doc.tokenCount(); i++) {
            if (doc.token(i).start() == offset) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token at " + offset);
    }

    /** The offsets of the only occurrence of {@code part} in the document. */
    static int[] span(Document doc, String part) {
        int start = doc.text().indexOf(part);
        if (start < 0 || doc.text().indexOf(part, start + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once: " + part);
        }
        return new int[] {start, start + part.length()};
    }
}
