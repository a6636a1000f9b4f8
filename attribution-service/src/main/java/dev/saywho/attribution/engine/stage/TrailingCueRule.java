package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code trailing-cue}: "“The ferry will stop in March,” the harbour master said on Tuesday." A subject and
 * speech verb after a comma or a closing quotation mark, with nothing after them but their complements and the end
 * of the clause: the subject is the source and the quote or clause before it the content. A clause that goes on
 * after the cue ("The ferry, she said, will stop …") joins the content; a quote that opens after it joins as a further
 * fragment.
 */
final class TrailingCueRule {

    static final Rule RULE = RuleCatalog.standard().rule("trailing-cue");

    private final ContentFinder contents;

    TrailingCueRule(ContentFinder contents) {
        this.contents = contents;
    }

    /**
     * Adds the rule's frame for {@code cue} with its {@code subject} (and apposition {@code app}), whose complements
     * end at token {@code after}; false when the cue does not trail what it reports.
     */
    boolean apply(Document doc, Sentence s, VerbCue cue, Mention subject, int[] app, int after, List<Frame> frames) {
        int v = cue.token();
        Token t = doc.token(v);
        int b = subject.firstToken() - 1;
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        boolean cueEndsSentence = afterTok == null || afterTok.is(".") || afterTok.is("!") || afterTok.is("?");
        if (b >= 0 && b < s.firstToken() && b - 1 >= 0 && doc.token(b - 1).is(".") && !cueEndsSentence) {
            // "… in Nice." He said he had …: a new sentence, not a cue for the quote before it
            b = -1;
        }
        if (b >= 0
                && b < s.firstToken()
                && doc.token(subject.firstToken()).capitalized()
                && (DETERMINERS.contains(doc.token(subject.firstToken()).lower())
                        || PRONOUNS.contains(doc.token(subject.firstToken()).lower()))) {
            // "“15%!” Her father worried.": a capitalised pronoun or determiner starts a sentence of its own
            b = -1;
        }
        boolean boundary = (b >= s.firstToken() && doc.token(b).is(",")) || (b >= 0 && closeMarkInParagraph(doc, b, s));
        boolean trailingLike = afterTok == null
                || (!afterTok.word()
                        && !afterTok.is(":")
                        && !isOpenMark(doc, afterTok)
                        && !afterTok.is("(")
                        && !afterTok.is("“"));
        if (afterTok != null
                && afterTok.is(",")
                && after + 1 < s.endToken()
                && isOpenMark(doc, doc.token(after + 1))
                && !(b >= 0 && quoteClosesAt(doc, b, s))) {
            // "Asked again, Priebus said, “Probably.”": with no quote before the subject, the quote after the comma
            // is what the cue reports
            trailingLike = false;
        }
        boolean quoteBoundary = b >= 0 && quoteClosesAt(doc, b, s);
        if (quoteBoundary
                && afterTok != null
                && afterTok.word()
                && (!afterTok.isLower("that") || after > v + 2)
                && !startsReportedClause(afterTok)) {
            // "“…,” Mr. Obama said on Saturday night at the gala": a closed quote right before the subject
            trailingLike = true;
        }
        if (!boundary || !trailingLike || cue.verbClass() == VerbClass.MIXED) {
            return false;
        }
        List<int[]> content = contents.contentBefore(doc, s, b);
        if (content != null && cue.verbClass() == VerbClass.QUOTE && !isQuoteContent(doc, content.get(0)[0])) {
            // "respond", "ask", "continue" report only direct quotes
            content = null;
        }
        if (content != null
                && content.size() == 1
                && afterTok != null
                && afterTok.is(",")
                && after + 1 < s.endToken()
                && !isQuoteContent(doc, content.get(0)[0])
                && contents.continuesClause(doc, after + 1)) {
            List<int[]> rest = contents.clauseFrom(doc, s, after + 1);
            if (rest != null) {
                List<int[]> both = new ArrayList<>(content);
                both.addAll(rest);
                content = both;
            }
        }
        if (content == null) {
            return false;
        }
        int cueEnd = after > v + 1 && after - 1 < doc.tokenCount()
                ? doc.token(after - 1).end()
                : t.end();
        Frame f = new Frame(RULE, t.start(), cueEnd, subject, content, s.index(), app[0], app[1]);
        frames.add(ContentFinder.withContinuation(doc, after, f));
        return true;
    }
}
