package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code trailing-cue-long-subject}: "“…,” Trump running mate Gov. Mike Pence of Indiana told Fox News.",
 * "“…,” Sanders's campaign manager, Jeff Weaver, said in an interview." A subject too long for the noun-phrase rules
 * between a closing quotation mark (with its comma) and the speech verb. The speaker is the name in it: the part set
 * off by commas that is a name, or its last name run before "of". Tried only where no other verb-cue rule found a
 * frame.
 */
final class TrailingCueLongSubjectRule {

    static final Rule RULE = RuleCatalog.standard().rule("trailing-cue-long-subject");

    /**
     * Words that may join the parts of a long subject ("nuclear experts Ada Lind and Otto Brenn", "Nate Silver, the
     * pollster who founded the site,") when no other speech verb stands between the quote and the cue.
     */
    private static final Set<String> LONG_SUBJECT_LINKS = Set.of("and", "who", "which", "that");

    private final Lexicons lex;
    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final VerbComplements complements;

    TrailingCueLongSubjectRule(
            Lexicons lex, SubjectFinder subjects, ContentFinder contents, VerbComplements complements) {
        this.lex = lex;
        this.subjects = subjects;
        this.contents = contents;
        this.complements = complements;
    }

    /**
     * Adds the rule's frame when token {@code v} of sentence {@code s} is a listed speech verb in lower case, outside
     * quotes, not right after a linking word or a determiner ("and said", "the said").
     */
    void apply(Document doc, Sentence s, int v, List<Frame> frames) {
        Token cue = doc.token(v);
        String low = cue.lower();
        if (!cue.word()
                || cue.capitalized()
                || doc.quoted(cue.start())
                || lex.speechVerb(low) == null
                || v == 0
                || (doc.token(v - 1).word()
                        && (CONNECT.contains(doc.token(v - 1).lower())
                                || DETERMINERS.contains(doc.token(v - 1).lower())))) {
            return;
        }
        if (low.endsWith("ing") || v + 1 > s.endToken()) {
            return;
        }
        int close = -1;
        for (int k = v - 1; k >= s.firstToken() - 1 && k >= 0 && v - k <= 24; k--) {
            Token t = doc.token(k);
            if (isCloseMark(doc, t) && closeMarkInParagraph(doc, k, s)) {
                close = k;
                break;
            }
            if ((isQuoteMark(t) && !possessiveApostrophe(doc, k))
                    || t.is(".")
                    || t.is(";")
                    || t.is(":")
                    || t.is("?")
                    || t.is("!")
                    || (t.word() && !t.capitalized() && lex.speechVerb(t.lower()) != null)) {
                return;
            }
        }
        if (close < 0) {
            return;
        }
        int from = close + 1;
        boolean comma = from < doc.tokenCount() && doc.token(from).is(",");
        if (comma) {
            from++;
        }
        QuotedSpan q = doc.quoteAt(doc.token(close).start());
        int ce = q == null ? -1 : q.contentEnd();
        if (!comma && (ce <= 0 || doc.text().charAt(ce - 1) != ',')) {
            // only "“…,” subject said" introduces a long subject; after "“….”" a new sentence starts
            return;
        }
        for (int k = from; k < v; k++) {
            Token y = doc.token(k);
            boolean possessive = (y.is("’s") || y.is("'s"))
                    && k > from
                    && !PRONOUNS.contains(doc.token(k - 1).lower());
            if (y.word() && COPULAS.contains(y.lower()) && !possessive && !LONG_SUBJECT_LINKS.contains(y.lower())) {
                return;
            }
        }
        if (from >= v
                || !doc.token(from).word()
                || !(doc.token(from).capitalized()
                        || DETERMINERS.contains(doc.token(from).lower())
                        || capitalisedWithin(doc, from, v, 3))) {
            // ("nuclear experts Ada Lind and …": lower-case modifiers may come before the name)
            return;
        }
        int after = complements.after(doc, v + 1, s.endToken(), low);
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        if (afterTok != null
                && ((afterTok.word() && startsReportedClause(afterTok))
                        || afterTok.is(":")
                        || isOpenMark(doc, afterTok))) {
            return;
        }
        Mention m = subjects.nameInside(doc, from, v);
        if (m == null) {
            return;
        }
        List<int[]> content = contents.contentBefore(doc, s, close);
        if (content == null) {
            return;
        }
        int cueEnd = after > v + 1 && after - 1 < doc.tokenCount()
                ? doc.token(after - 1).end()
                : cue.end();
        Frame f = new Frame(RULE, cue.start(), cueEnd, m, content, s.index(), -1, -1);
        frames.add(ContentFinder.withContinuation(doc, after, f));
    }

    /** True when a capitalised word stands within {@code n} tokens from {@code from} (and before {@code to}). */
    private static boolean capitalisedWithin(Document doc, int from, int to, int n) {
        for (int k = from; k < to && k - from < n; k++) {
            if (doc.token(k).capitalized()) {
                return true;
            }
            if (!doc.token(k).word()) {
                return false;
            }
        }
        return false;
    }
}
