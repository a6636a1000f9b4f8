package dev.saywho.attribution.engine.stage;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;

/**
 * The rule {@code according-to}: "Ferry traffic fell by a third, according to the port authority." The object of
 * "according to" is the source (or, for "according to a statement from X", X); the content is the clause before
 * the phrase, or after it when the phrase opens the sentence ("According to the port authority, …").
 */
final class AccordingToRule {

    static final Rule RULE = RuleCatalog.standard().rule("according-to");

    private final SubjectFinder subjects;
    private final ContentFinder contents;

    AccordingToRule(SubjectFinder subjects, ContentFinder contents) {
        this.subjects = subjects;
        this.contents = contents;
    }

    /** Adds the rule's frame for the "according to" whose "according" is token {@code v} of sentence {@code s}. */
    void apply(Document doc, Sentence s, int v, List<Frame> frames) {
        Mention m = subjects.subjectAfter(doc, v + 2, s.endToken(), true);
        if (m == null) {
            return;
        }
        Mention issuer = issuerOf(doc, m, s.endToken());
        if (issuer != null) {
            m = issuer;
        }
        int cueStart = doc.token(v).start();
        int cueEnd = doc.token(v + 1).end();
        List<int[]> content;
        boolean introBefore = v - s.firstToken() <= 2
                || (v - s.firstToken() <= 5 && doc.token(v - 1).is(","));
        boolean commaAfter =
                m.endToken() < s.endToken() && doc.token(m.endToken()).is(",");
        if (introBefore && (commaAfter || v - s.firstToken() <= 2)) {
            int k = m.endToken();
            if (k < s.endToken() && doc.token(k).is(",")) {
                k++;
            }
            content = contents.clauseFrom(doc, s, k);
        } else {
            int b = v - 1;
            content = doc.token(b).is(",") || doc.token(b).is("—")
                    ? contents.contentBefore(doc, s, b)
                    : contents.contentBefore(doc, s, v);
        }
        if (content != null) {
            frames.add(new Frame(RULE, cueStart, cueEnd, m, content, s.index(), -1, -1));
        }
    }

    /**
     * "according to a statement from the service", "according to figures published by Resource Varenland": a
     * document's issuer is the source, when the article names one; null otherwise.
     */
    private Mention issuerOf(Document doc, Mention m, int sentenceEnd) {
        int h = -1;
        for (int k = m.firstToken(); k < m.endToken() && doc.token(k).start() <= m.headStart(); k++) {
            if (ISSUED_DOCUMENTS.contains(doc.token(k).lower())) {
                h = k; // the document noun, whether the mention ends there or runs on to its issuer
                break;
            }
        }
        if (h < 0) {
            return null;
        }
        int p = h + 1;
        if (p < sentenceEnd && ISSUING_PARTICIPLES.contains(doc.token(p).lower())) {
            p++;
        }
        if (p + 1 >= sentenceEnd
                || !(doc.token(p).isLower("from") || doc.token(p).isLower("by"))) {
            return null;
        }
        Mention issuer = subjects.subjectAfter(doc, p + 1, sentenceEnd, false);
        return issuer == null || issuer.kind() == Mention.Kind.PRONOUN ? null : issuer;
    }

    /** Documents whose issuer speaks through them. */
    private static final Set<String> ISSUED_DOCUMENTS = Set.of(
            "statement",
            "figures",
            "data",
            "statistics",
            "estimates",
            "records",
            "report",
            "analysis",
            "survey",
            "study",
            "documents",
            "filing",
            "letter",
            "notice",
            "release",
            "forecast",
            "count");

    private static final Set<String> ISSUING_PARTICIPLES =
            Set.of("published", "released", "issued", "compiled", "collected", "filed", "sent", "seen");
}
