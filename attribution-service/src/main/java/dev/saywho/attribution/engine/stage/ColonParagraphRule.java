package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.QuoteMarks.isOpenMark;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code colon-paragraph}: "The ministry released the following statement:" closing a paragraph whose next
 * paragraph opens with a quote; the sentence's subject is its speaker.
 */
final class ColonParagraphRule {

    static final Rule RULE = RuleCatalog.standard().rule("colon-paragraph");

    private final SubjectFinder subjects;

    ColonParagraphRule(SubjectFinder subjects) {
        this.subjects = subjects;
    }

    /** Adds the rule's frame when sentence {@code s} ends the paragraph with a colon before a quote. */
    void apply(Document doc, Sentence s, List<Frame> frames) {
        int last = s.endToken() - 1;
        if (last <= s.firstToken() || !doc.token(last).is(":") || last + 1 >= doc.tokenCount()) {
            return;
        }
        Token open = doc.token(last + 1);
        if (!isOpenMark(doc, open) || doc.sentenceOf(last + 1).paragraph() != s.paragraph() + 1) {
            return;
        }
        Mention m = subjects.sentenceSubjectMention(doc, s);
        QuotedSpan q = doc.quoteAt(open.start());
        if (m == null || q == null) {
            return;
        }
        Token colon = doc.token(last);
        frames.add(new Frame(RULE, colon.start(), colon.end(), m, q.pieces(), s.index(), -1, -1));
    }
}
