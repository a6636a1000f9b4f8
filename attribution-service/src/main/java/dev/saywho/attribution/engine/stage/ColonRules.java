package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.QuoteMarks.isOpenMark;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Paragraph;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rules a colon cues, at the start of a sentence or after a name: {@code colon-name} ("Moon: “…”"),
 * {@code colon-addressee} ("McConnell delivered a blunt message to Trump: “…”", the sentence's subject speaks),
 * {@code colon-verb} ("Trump leaned in and boomed: “…”"), {@code colon-cue} (a name and a colon before a quoted
 * clause) and {@code colon-headline} ("Varga: Ferry will run until June.", transcript turns). Every look-around is
 * bounded by the sentence, or for a headline by its paragraph.
 */
final class ColonRules {

    private static final RuleCatalog RULES = RuleCatalog.standard();
    private static final Rule COLON_CUE = RULES.rule("colon-cue");
    private static final Rule COLON_NAME = RULES.rule("colon-name");
    private static final Rule COLON_HEADLINE = RULES.rule("colon-headline");
    private static final Rule COLON_ADDRESSEE = RULES.rule("colon-addressee");
    private static final Rule COLON_VERB = RULES.rule("colon-verb");
    /** A headline's claim after the colon has at least this many tokens ("Varga: Ferry stays" has three). */
    private static final int HEADLINE_MIN_WORDS = 2;

    private final Lexicons lex;
    private final SubjectFinder subjects;
    private final ContentFinder contents;

    ColonRules(Lexicons lex, SubjectFinder subjects, ContentFinder contents) {
        this.lex = lex;
        this.subjects = subjects;
        this.contents = contents;
    }

    /** Adds the colon frames of sentence {@code s}: "Moon: “…”", "boomed: “…”", "a message to Trump: “…”", "Varga: …". */
    void apply(Document doc, Sentence s, List<Frame> frames) {
        for (int c = s.firstToken() + 2; c + 1 < s.endToken(); c++) {
            if (doc.token(c).is(":")
                    && isOpenMark(doc, doc.token(c + 1))
                    && doc.token(c - 1).capitalized()
                    && !doc.quoted(doc.token(c).start())) {
                Mention m = subjects.npEndingAt(doc, c - 1, s.firstToken(), false, 0);
                QuotedSpan q = doc.quoteAt(doc.token(c + 1).start());
                int head = c - 1;
                while (head - 1 > s.firstToken() && doc.token(head - 1).capitalized()) {
                    head--;
                }
                if (m != null
                        && head - 1 > s.firstToken()
                        && doc.token(head - 1).word()
                        && OBJECT_LEADS.contains(doc.token(head - 1).lower())) {
                    // "McConnell delivered a blunt message to Trump: “…”": the name is the addressee; the sentence's
                    // subject speaks
                    Mention subject = subjects.sentenceSubjectMention(doc, s);
                    if (subject != null
                            && subject.endToken() < m.firstToken()
                            && q != null
                            && q.openMark() == doc.token(c + 1).start()) {
                        frames.add(new Frame(
                                COLON_ADDRESSEE,
                                doc.token(c).start(),
                                doc.token(c).end(),
                                subject,
                                q.pieces(),
                                s.index(),
                                -1,
                                -1));
                    }
                    continue;
                }
                // "“Headline,” by Times’ Ada Lind: “…”": a byline introduces an excerpt, not speech
                if (m != null
                        && m.kind() == Mention.Kind.NAME
                        && q != null
                        && m.firstToken() > s.firstToken()
                        && !bylineBefore(doc, m.firstToken(), s.firstToken())) {
                    frames.add(new Frame(
                            COLON_NAME, doc.token(c).start(), doc.token(c).end(), m, q.pieces(), s.index(), -1, -1));
                }
            } else if (doc.token(c).is(":")
                    && isOpenMark(doc, doc.token(c + 1))
                    && doc.token(c - 1).word()
                    && !doc.token(c - 1).capitalized()
                    && !doc.quoted(doc.token(c).start())
                    && lex.speechVerb(doc.token(c - 1).lower()) == null) {
                // "Trump leaned in and boomed: “Let’s defeat her in November.”": the sentence's subject says it
                Mention m = subjects.sentenceSubjectMention(doc, s);
                QuotedSpan q = doc.quoteAt(doc.token(c + 1).start());
                if (m != null
                        && m.endToken() <= c - 1
                        && q != null
                        && q.openMark() == doc.token(c + 1).start()) {
                    frames.add(new Frame(
                            COLON_VERB, doc.token(c).start(), doc.token(c).end(), m, q.pieces(), s.index(), -1, -1));
                }
            }
        }
        int f = s.firstToken();
        int k = f;
        while (k < s.endToken() && k - f < 5 && doc.token(k).capitalized()) {
            k++;
        }
        int speakerEnd = k;
        if (k > f && k < s.endToken() && doc.token(k).isLower("to")) {
            // "Varga to the harbour board: …": the speaker addresses someone before the colon
            int j = k + 1;
            while (j < s.endToken()
                    && j - k <= 5
                    && (doc.token(j).capitalized() || doc.token(j).isLower("the"))) {
                j++;
            }
            if (j > k + 1 && j < s.endToken() && doc.token(j).is(":")) {
                k = j;
            }
        }
        if (k == f
                || k >= s.endToken()
                || !doc.token(k).is(":")
                || lex.isSentenceStarter(doc.token(f).text())) {
            return;
        }
        if (speakerEnd - f == 1
                && (lex.isPlace(doc.token(f).text()) || lex.isTitle(doc.token(f).text()))) {
            return;
        }
        Token first = doc.token(f);
        Token last = doc.token(speakerEnd - 1);
        Mention m = new Mention(first.start(), last.end(), f, speakerEnd, Mention.Kind.NAME, first.start(), last.end());
        List<int[]> content = contents.contentAfter(doc, s, k, "said", VerbClass.CLAUSE);
        if (content != null && (doc.quoted(content.get(0)[0]) || doc.quoted(content.get(content.size() - 1)[1] - 1))) {
            frames.add(new Frame(COLON_CUE, doc.token(k).start(), doc.token(k).end(), m, content, s.index(), -1, -1));
            return;
        }
        colonHeadline(doc, s, f, speakerEnd, k, m, frames);
    }

    /** Whether the word occurs (any case) somewhere in the document outside {@code [from, to)}. */
    private static boolean mentionedElsewhere(Document doc, String lower, int from, int to) {
        for (Token t : doc.tokens()) {
            if ((t.start() < from || t.start() >= to) && t.word() && t.lower().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Varga: Ferry will run until June." and transcripts ("BRENN: We wait no longer. …"): a name and a colon that
     * open a paragraph report the rest of the paragraph, quotation marks or not; section labels ("Update:") do not.
     */
    private void colonHeadline(
            Document doc, Sentence s, int f, int speakerEnd, int colon, Mention speaker, List<Frame> frames) {
        Paragraph p = doc.paragraphs().get(s.paragraph());
        if (p.firstSentence() != s.index()
                || colon + HEADLINE_MIN_WORDS >= s.endToken()
                || isOpenMark(doc, doc.token(colon + 1))) {
            return;
        }
        boolean allStarters = true;
        for (int i = f; i < speakerEnd; i++) {
            Token t = doc.token(i);
            if (!t.word() || lex.isColonLabel(t.text())) {
                return;
            }
            allStarters &= lex.isSentenceStarter(t.text());
        }
        int end = p.end();
        while (end > doc.token(colon).end() && Character.isWhitespace(doc.text().charAt(end - 1))) {
            end--;
        }
        int start = doc.token(colon + 1).start();
        Token lastWord = doc.token(speakerEnd - 1);
        if (allStarters
                || end <= start
                || lex.isPlace(lastWord.text())
                || !mentionedElsewhere(doc, lastWord.lower(), p.start(), p.end())) {
            // a place heads a list ("South Carolina: …"); a speaker the article never mentions again is a section
            // title ("Limited Tools to Fight Terrorism: …")
            return;
        }
        Token c = doc.token(colon);
        frames.add(new Frame(
                COLON_HEADLINE, c.start(), c.end(), speaker, List.of(new int[] {start, end}), s.index(), -1, -1));
    }

    /** "by Ada Lind", "by Times’ Ada Lind", "by the Post’s Ada Lind": "by" and at most a short possessive before. */
    private static boolean bylineBefore(Document doc, int nameStart, int lo) {
        for (int k = nameStart - 1; k >= lo && nameStart - k <= 4; k--) {
            Token t = doc.token(k);
            if (t.isLower("by")) {
                return true;
            }
            if (!(t.capitalized() || t.is("’") || t.is("'") || t.is("’s") || t.is("'s") || t.isLower("the"))) {
                return false;
            }
        }
        return false;
    }

    /** Words before a name that make it an object, not a speaker: "a message to Trump: “…”". */
    private static final java.util.Set<String> OBJECT_LEADS =
            java.util.Set.of("to", "for", "at", "with", "on", "against", "about", "from", "in");
}
