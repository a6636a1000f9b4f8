package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code leading-cue-sentence-subject}: "Bill Millis, a businessman who had been a member of the board before
 * departing last month, said Carson had been led astray by “insiders”." A finite reporting verb whose subject is too
 * long or too unusual to parse still reports the clause after it when the clause quotes words; the speaker is the
 * sentence's subject when it can be read, otherwise unknown.
 */
final class LeadingCueSentenceSubjectRule {

    /** Finite forms that report with a clause after them, whatever stands before them. */
    private static final Set<String> FINITE_REPORTING = words(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "argued",
            "argues",
            "insisted",
            "insists",
            "contended",
            "contends",
            "maintained",
            "maintains",
            "claimed",
            "claims",
            "warned",
            "warns",
            "added",
            "adds",
            "noted",
            "notes",
            "wrote",
            "writes",
            "acknowledged",
            "acknowledges");

    static final Rule RULE = RuleCatalog.standard().rule("leading-cue-sentence-subject");

    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final VerbComplements complements;

    LeadingCueSentenceSubjectRule(SubjectFinder subjects, ContentFinder contents, VerbComplements complements) {
        this.subjects = subjects;
        this.contents = contents;
        this.complements = complements;
    }

    /** Adds the rule's frame for {@code cue}, whose subject could not be read, and returns whether it did. */
    boolean apply(Document doc, Sentence s, VerbCue cue, List<Frame> frames) {
        int v = cue.token();
        String low = cue.lower();
        if (!FINITE_REPORTING.contains(low) || v - s.firstToken() < 2) {
            return false;
        }
        Token prev = doc.token(v - 1);
        if ((!prev.word() && !prev.is(",") && !prev.is(")"))
                || prev.isLower("to")
                || prev.isLower("is")
                || prev.isLower("was")
                || prev.isLower("be")
                || prev.isLower("been")
                || prev.isLower("it")
                || quoteClosesAt(doc, v - 1, s)) {
            return false;
        }
        int after = complements.after(doc, v + 1, s.endToken(), low);
        if (after >= s.endToken()) {
            return false;
        }
        Token x = doc.token(after);
        if (!(x.isLower("that")
                || (x.word() && !x.capitalized() && DETERMINERS.contains(x.lower()))
                || (x.word() && x.capitalized())
                || (x.word() && PRONOUNS.contains(x.lower())))) {
            return false;
        }
        List<int[]> content = contents.contentAfter(doc, s, after, low, cue.verbClass());
        if (content == null) {
            return false;
        }
        boolean quoted = false;
        for (int[] c : content) {
            for (int i = c[0]; i < c[1] && !quoted; i++) {
                quoted = doc.quoted(i);
            }
        }
        if (!quoted) {
            // without a quoted fragment the clause is too often not a report at all
            return false;
        }
        Token t = doc.token(v);
        frames.add(new Frame(
                RULE, t.start(), t.end(), subjects.sentenceSubjectMention(doc, s), content, s.index(), -1, -1));
        return true;
    }
}
