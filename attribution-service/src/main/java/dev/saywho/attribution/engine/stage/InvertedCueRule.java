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
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code inverted-cue}: "“The ferry will stop in March,” said the harbour master." A speech verb with no
 * subject before it, right after a comma or a closing quotation mark, whose subject follows it and ends the clause:
 * that subject is the source and the clause or quote before the verb is the content. Any past-tense verb inverts
 * right after a closing quote ("“…,” mused the host"); elsewhere only the inverting verbs ("said", "added", …) do.
 */
final class InvertedCueRule {

    private static final Set<String> INVERTING = words(
            "said",
            "says",
            "added",
            "adds",
            "asked",
            "asks",
            "wrote",
            "writes",
            "continued",
            "replied",
            "explained",
            "recalled",
            "noted",
            "argued",
            "insisted",
            "warned",
            "declared",
            "concluded",
            "countered",
            "responded",
            "tweeted",
            "observed",
            "remarked",
            "stated",
            "quipped",
            "joked",
            "cautioned",
            "predicted",
            "acknowledged",
            "admitted",
            "offered",
            "suggested",
            "reported");

    static final Rule RULE = RuleCatalog.standard().rule("inverted-cue");

    private final Lexicons lex;
    private final SubjectFinder subjects;
    private final ContentFinder contents;

    InvertedCueRule(Lexicons lex, SubjectFinder subjects, ContentFinder contents) {
        this.lex = lex;
        this.subjects = subjects;
        this.contents = contents;
    }

    /** Adds the rule's frame for {@code cue}, a speech verb of sentence {@code s} with no subject before it. */
    void apply(Document doc, Sentence s, VerbCue cue, List<Frame> frames) {
        int v = cue.token();
        String low = cue.lower();
        if (v > 0
                && (INVERTING.contains(low) || (low.endsWith("ed") && quoteClosesAt(doc, v - 1, s)))
                && ((v > s.firstToken() && doc.token(v - 1).is(",")) || closeMarkInParagraph(doc, v - 1, s))) {
            Mention m = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
            if (m != null && (quoteClosesAt(doc, v - 1, s) || ContentFinder.endsClause(doc, m.endToken(), s))) {
                List<int[]> content = contents.contentBefore(doc, s, v - 1);
                if (content != null) {
                    Token t = doc.token(v);
                    Frame f = new Frame(RULE, t.start(), t.end(), m, content, s.index(), -1, -1);
                    frames.add(ContentFinder.withContinuation(doc, m.endToken(), f));
                }
            }
        }
    }

    /**
     * True when an inverting verb ("said", "added", …) right after a comma, whose subject before it is set off by that
     * comma, is followed at once by a name that ends the clause ("…, said Ilse Varga." or "…, said Ilse Varga, a
     * pollster."): an inverted report, since a leading cue's content would be that name alone. The words between the
     * commas are then no apposition of a subject but the end of the reported clause.
     */
    boolean afterAnAside(Document doc, Sentence s, int v, Mention subject) {
        if (v - 1 <= s.firstToken()
                || v + 1 >= s.endToken()
                || !doc.token(v - 1).is(",")
                || subject.endToken() >= v - 1
                || !INVERTING.contains(doc.token(v).lower())
                || !doc.token(v + 1).capitalized()) {
            return false; // "Kim, an official, told reporters Sunday": an apposition, and the verb's object
        }
        Mention after = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
        if (after == null || after.kind() != Mention.Kind.NAME) {
            return false;
        }
        int k = after.endToken();
        return k >= s.endToken() || doc.token(k).is(".") || (doc.token(k).is(",") && !hasVerbAfter(doc, s, k + 1));
    }

    /** Whether a listed speech verb or a word ending in "ed" follows token {@code from} in the sentence. */
    private boolean hasVerbAfter(Document doc, Sentence s, int from) {
        for (int i = from; i < s.endToken(); i++) {
            Token t = doc.token(i);
            if (t.word()
                    && !t.capitalized()
                    && (lex.speechVerb(t.lower()) != null || t.lower().endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }
}
