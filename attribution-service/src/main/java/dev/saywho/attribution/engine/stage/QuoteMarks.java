package dev.saywho.attribution.engine.stage;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Token tests on quotation marks shared by the cue, subject and content finders: is a token a quotation mark, does it
 * open or close a quoted span {@link QuoteMarkFinder} paired, is it a plural possessive's apostrophe instead, and does a
 * frame's content start as a quote. The lookups go through {@link Document#quoteAt}, so each test is constant time.
 */
final class QuoteMarks {

    private QuoteMarks() {}

    /**
     * Whether token {@code k} closes a quote in the paragraph of sentence {@code s}, or is a comma right after such a
     * mark: where a trailing or inverted cue's quote ends ("“…” he said", "“…,” he said", "“…”, he said").
     */
    static boolean quoteClosesAt(Document doc, int k, Sentence s) {
        return closeMarkInParagraph(doc, k, s)
                || (k >= 0 && k < doc.tokenCount() && doc.token(k).is(",") && closeMarkInParagraph(doc, k - 1, s));
    }

    /** Whether a quoted span's content starts at offset {@code start}. */
    static boolean isQuoteContent(Document doc, int start) {
        QuotedSpan q = doc.quoteAt(start);
        return q != null && q.contentStart() == start;
    }

    /** Whether frame {@code f}'s content starts as a quoted span's content. */
    static boolean isQuoteContent(Document doc, Frame f) {
        return isQuoteContent(doc, f.contentStart());
    }

    /** True when token {@code k} is a closing quotation mark in the paragraph of sentence {@code s}. */
    static boolean closeMarkInParagraph(Document doc, int k, Sentence s) {
        if (k < 0 || k >= doc.tokenCount()) {
            return false;
        }
        return isCloseMark(doc, doc.token(k)) && doc.sentenceOf(k).paragraph() == s.paragraph();
    }

    /** Whether token {@code t} is a quotation mark of any style (a typewriter apostrophe pair included). */
    static boolean isQuoteMark(Token t) {
        if (t.word()) {
            return false;
        }
        String s = t.text();
        return s.equals("“")
                || s.equals("”")
                || s.equals("\"")
                || s.equals("‘")
                || s.equals("’")
                || s.equals("«")
                || s.equals("»")
                || s.equals("„")
                || s.equals("''");
    }

    /**
     * A plural possessive's apostrophe (Farmers’ Union, Tessaly News’ Ilse Varga): a right single mark or typewriter
     * quote glued to a word ending in s, followed by a space, and no mark of any quoted span.
     */
    static boolean possessiveApostrophe(Document doc, int k) {
        Token t = doc.token(k);
        if (!(t.is("’") || t.is("'")) || k == 0 || k + 1 >= doc.tokenCount()) {
            return false;
        }
        Token before = doc.token(k - 1);
        String word = before.text();
        return before.word()
                && before.end() == t.start()
                && (word.endsWith("s") || word.endsWith("S"))
                && doc.token(k + 1).start() > t.end()
                && doc.quoteAt(t.start()) == null;
    }

    /** Whether token {@code t} closes a quoted span the quote-mark finder paired. */
    static boolean isCloseMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && q.closeMark() == t.start();
    }

    /** Whether token {@code t} opens a quoted span the quote-mark finder paired. */
    static boolean isOpenMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && (q.openMark() == t.start());
    }
}
