package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

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
 * The rule {@code sentence-subject}: "Moon praised the plan as “bold.”" A sentence whose verb, right after its subject,
 * is followed within a few words by a quoted fragment (not a title) is reported by that subject; the content is the
 * clause after the verb.
 */
final class SentenceSubjectRule {

    private static boolean titleLike(Document doc, QuotedSpan q) {
        if (q == null) {
            return true;
        }
        return mostlyCapitalised(doc.text(), List.of(new int[] {q.contentStart(), q.contentEnd()}), false, 1);
    }

    static final Rule RULE = RuleCatalog.standard().rule("sentence-subject");

    private final SubjectFinder subjects;
    private final ContentFinder contents;

    SentenceSubjectRule(SubjectFinder subjects, ContentFinder contents) {
        this.subjects = subjects;
        this.contents = contents;
    }

    /** Adds the rule's frame for sentence {@code s}, if it has one. */
    void apply(Document doc, Sentence s, List<Frame> frames) {
        int first = s.firstToken();
        int end = s.endToken();
        boolean hasQuote = false;
        for (int i = first; i < end && !hasQuote; i++) {
            hasQuote = isOpenMark(doc, doc.token(i)) && i > first;
        }
        if (!hasQuote) {
            return;
        }
        Mention m = subjects.sentenceSubjectMention(doc, s);
        if (m == null) {
            return;
        }
        int v = m.endToken();
        int guard = 0;
        while (v < end
                && guard++ < 2
                && doc.token(v).word()
                && (AUX_ADV.contains(doc.token(v).lower())
                        || (doc.token(v).lower().endsWith("ly") && !doc.token(v).capitalized()))) {
            v++;
        }
        if (v >= end) {
            return;
        }
        Token verb = doc.token(v);
        if (!verb.word()
                || verb.capitalized()
                || COPULAS.contains(verb.lower())
                || doc.quoted(verb.start())
                || DETERMINERS.contains(verb.lower())
                || PREPS.contains(verb.lower())) {
            return;
        }
        int c = v + 1;
        if (c < end
                && doc.token(c).word()
                && PARTICLES.contains(doc.token(c).lower())
                && !doc.token(c).isLower("that")) {
            c++;
        }
        List<int[]> content = contents.clauseFrom(doc, s, c);
        if (content == null) {
            return;
        }
        boolean quoteInside = false;
        for (int k = c; k < end && k - c <= 8 && doc.token(k).start() < content.get(0)[1]; k++) {
            if (isOpenMark(doc, doc.token(k))
                    && !titleLike(doc, doc.quoteAt(doc.token(k).start()))) {
                quoteInside = true;
            }
        }
        if (quoteInside) {
            frames.add(new Frame(RULE, verb.start(), verb.end(), m, content, s.index(), -1, -1));
        }
    }
}
