package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * What a reporting frame reports: the quote or clause after a leading cue, the clause before a trailing one, and
 * where that clause ends (a comma after quoted words, a concessive or relative clause, a new report, a coordinated
 * predicate). Part of stage 3 ({@link CueFinder}); bounded by the sentence.
 */
final class ContentFinder {

    private static final Set<String> COORDINATED_STOPS = words(
            "said",
            "says",
            "say",
            "added",
            "adds",
            "told",
            "tells",
            "noted",
            "notes",
            "wrote",
            "writes",
            "argued",
            "argues",
            "insisted",
            "warned",
            "called",
            "calls",
            "tweeted",
            "explained",
            "acknowledged",
            "suggested",
            "claimed",
            "declared",
            "stated",
            "predicted",
            "promised",
            "vowed");

    /** After a comma, these open a clause outside the reported content. */
    private static final Set<String> CLAUSE_BREAKS = words("although", "though", "whereas", "while", "which", "who");

    private static final Set<String> CLAUSE_COORDINATORS = words("and", "but", "so", "yet");

    private static boolean colonBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0
                && (text.charAt(k) == ':'
                        || text.charAt(k) == '—'
                        || text.charAt(k) == '–'
                        || (text.charAt(k) == '-'
                                && k > 0
                                && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '-')));
    }

    private static boolean hasLetters(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEndPunct(Token t) {
        return !t.word() && (t.is(".") || t.is(",") || t.is("?") || t.is("!") || t.is(";") || t.is("—") || t.is(")"));
    }

    private final Lexicons lex;
    private final SubjectFinder subjects;

    ContentFinder(Lexicons lex, SubjectFinder subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    static final int QUOTE_LIST_WINDOW = 3;

    /** True when a quotation mark opens among the {@code window} tokens from {@code k} (before {@code end}). */
    static boolean quoteOpensWithin(Document doc, int k, int end, int window) {
        for (int i = k; i < end && i - k < window; i++) {
            if (isOpenMark(doc, doc.token(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, at the town hall this week she said she did not …": a clause with its own subject and speech verb after a
     * comma or dash starts a new report, which ends this one.
     */
    boolean newReportingClause(Document doc, int k, int end) {
        for (int i = k; i < end && i - k < 9; i++) {
            Token t = doc.token(i);
            if (!t.word() || doc.quoted(t.start())) {
                if (t.is(",") || isQuoteMark(t) || t.is(";")) {
                    return false;
                }
                continue;
            }
            String w = t.lower();
            if (i > k && !t.capitalized() && lex.speechVerb(w) != null && !w.endsWith("ing")) {
                Token subj = doc.token(i - 1);
                return subj.word()
                        && ((PRONOUNS.contains(subj.lower()) && !subj.isLower("it") && !subj.isLower("who"))
                                || subj.capitalized()
                                || lex.roleNoun(subj.lower()) != null
                                || subjects.plausibleNoun(subj.lower()));
            }
        }
        return false;
    }

    /** The content cut at its first unquoted comma (null when nothing is left). */
    static List<int[]> untilComma(Document doc, int[] c, int from, int end) {
        for (int k = from; k < end && doc.token(k).start() < c[1]; k++) {
            Token t = doc.token(k);
            if (t.is(",") && t.start() > c[0] && !doc.quoted(t.start())) {
                return List.of(new int[] {c[0], t.start()});
            }
        }
        return List.of(c);
    }

    /** A word that carries the interrupted clause on (not a participial cue, not "according", not a quote). */
    boolean continuesClause(Document doc, int k) {
        Token n = doc.token(k);
        if (!n.word() || n.capitalized()) {
            return false;
        }
        String nl = n.lower();
        return !(nl.endsWith("ing") && lex.speechVerb(nl) != null)
                && !nl.equals("according")
                && !nl.equals("who")
                && !nl.equals("which")
                && !nl.equals("referring")
                && !nl.equals("citing")
                && !nl.equals("in")
                && !nl.equals("on")
                && !nl.equals("at")
                && !nl.equals("during");
    }

    /**
     * The clause reported before a trailing cue whose subject starts after token {@code b} (a comma or closing mark).
     */
    List<int[]> contentBefore(Document doc, Sentence s, int b) {
        for (int cm = b; cm >= Math.max(0, b - 2) && (cm >= s.firstToken() || closeMarkInParagraph(doc, cm, s)); cm--) {
            Token tok = doc.token(cm);
            if (isCloseMark(doc, tok)) {
                QuotedSpan q = doc.quoteAt(tok.start());
                if (q != null && q.closeMark() == tok.start()) {
                    if (q.openMark() <= s.start()
                            || cm < s.firstToken()
                            || !hasLetters(doc.text(), s.start(), q.openMark())
                            || colonBefore(doc.text(), q.openMark())
                            || commaBefore(doc.text(), q.openMark())) {
                        return q.pieces();
                    }
                    // "The bill's failure was “heartbreaking,” she said.": the whole clause, a mixed quote
                    return List.of(new int[] {reportedClauseStart(doc, s, q.openMark()), tok.end()});
                }
                break;
            }
            if (!tok.is(",") && !tok.is("—") && !tok.is("-")) {
                break;
            }
        }
        int endTok = b;
        if (endTok <= s.firstToken()) {
            return null;
        }
        int start = s.start();
        // a clause that starts right after an earlier cue of the same sentence ("X said A, B said") is left alone
        int words = 0;
        for (int i = s.firstToken(); i < endTok; i++) {
            if (doc.token(i).word()) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        int end = doc.token(endTok - 1).end();
        QuotedSpan q = doc.quoteAt(start);
        if (q != null && q.contentStart() < start && q.outerEnd() >= end) {
            return null;
        }
        if (q != null
                && q.openMark() < start
                && q.closeMark() > start
                && q.pieces().size() == 1) {
            // "Romney “were stiff. They weren’t fun. There was no joy” in comparison to Obama, Gingrich said.": the
            // sentence began before the quote that its periods seemed to end
            Sentence opening =
                    doc.sentenceOf(firstTokenAt(doc, Math.max(0, s.firstToken() - 400), q.openMark(), s.firstToken()));
            if (opening.paragraph() == s.paragraph()) {
                start = reportedClauseStart(doc, opening, q.openMark());
            }
        }
        return List.of(new int[] {start, end});
    }

    /**
     * Where the quoted clause a trailing cue reports begins, for a quote opening at {@code limit}: after the last
     * ", and" (", but", ", so") that joins a second clause to the sentence ("…, they are asked to rank their choices,
     * and the group is less likely to be “overrun”"), otherwise at the sentence start.
     */
    int reportedClauseStart(Document doc, Sentence s, int limit) {
        int start = s.start();
        for (int k = s.firstToken(); k + 2 < s.endToken() && doc.token(k + 2).start() < limit; k++) {
            Token t = doc.token(k);
            if (t.is(",") && !doc.quoted(t.start())) {
                Token c = doc.token(k + 1);
                Token n = doc.token(k + 2);
                if (c.word()
                        && CLAUSE_COORDINATORS.contains(c.lower())
                        && !c.capitalized()
                        && n.word()
                        && (PRONOUNS.contains(n.lower()) || DETERMINERS.contains(n.lower()) || n.capitalized())
                        && k - s.firstToken() >= 3) {
                    start = n.start();
                }
            }
        }
        return start;
    }

    /** The reported content after a leading cue; {@code j} is the first token after the verb and its complements. */
    List<int[]> contentAfter(Document doc, Sentence s, int j, String verb, VerbClass vc) {
        int end = s.endToken();
        if (j >= end) {
            return null;
        }
        Token x = doc.token(j);
        if (x.is(":")
                && j + 1 == end
                && j + 1 < doc.tokenCount()
                && isOpenMark(doc, doc.token(j + 1))
                && doc.sentenceOf(j + 1).paragraph() == s.paragraph() + 1) {
            // "… said in a statement:" and the statement as the next paragraph
            QuotedSpan q = doc.quoteAt(doc.token(j + 1).start());
            return q == null ? null : q.pieces();
        }
        if (x.is(":") || x.is(",")) {
            if (j + 1 < end && isOpenMark(doc, doc.token(j + 1))) {
                j++;
                x = doc.token(j);
            } else if (x.is(":") && j + 1 < end) {
                return clauseFrom(doc, s, j + 1);
            } else {
                return null;
            }
        }
        if (isOpenMark(doc, x)) {
            QuotedSpan q = doc.quoteAt(x.start());
            if (q == null || q.openMark() != x.start()) {
                return null;
            }
            int k = firstTokenAt(doc, j, q.outerEnd());
            Sentence qs = k - 1 >= 0 && k - 1 < doc.tokenCount() ? doc.sentenceOf(k - 1) : s;
            if (vc == VerbClass.QUOTE
                    || k >= doc.tokenCount()
                    || k >= qs.endToken()
                    || isEndPunct(doc.token(k))
                    || doc.sentenceOf(k).index() != qs.index()) {
                return q.pieces();
            }
            return clauseFrom(doc, qs, j);
        }
        if (x.isLower("that")) {
            // the complementizer belongs to the reported clause, as annotators mark it
            return clauseFrom(doc, s, j);
        }
        if (x.word() && QUESTION_WORDS.contains(x.lower()) && !x.capitalized()) {
            // "asked whether the bridge would reopen"
            return clauseFrom(doc, s, j);
        }
        if (vc == VerbClass.QUOTE) {
            return null;
        }
        if (vc == VerbClass.MIXED) {
            // "called the ensuing chaos “a lesson I had to learn” about the need to …": the label and the rest of
            // its clause
            return clauseFrom(doc, s, j);
        }
        // finite say-verbs and every reporting participle ("…, suggesting the senator sees …") take a bare clause
        if (!(SAY_LIKE.contains(verb) || (verb.endsWith("ing") && vc == VerbClass.CLAUSE)) || !x.word()) {
            // "reiterated the premise of the “harbour effect”": another reporting verb's object, when it quotes
            return x.word() && quoteOpensInPhrase(doc, j, end, 8) ? clauseFrom(doc, s, j) : null;
        }
        return clauseFrom(doc, s, j);
    }

    /**
     * Words that carry a clause on past a comma closing quoted words ("… aren’t “monolithic,” with some performing
     * better …", "… is “the best of both worlds,” because …"): a subordinate clause or an adjunct of the reported
     * clause, not the writer's comment on it.
     */
    private static final Set<String> CLAUSE_CONTINUATIONS =
            words("because", "while", "whereas", "where", "with", "if", "unless", "including");

    private static boolean continuesAfterQuote(Token t) {
        return t.word() && !t.capitalized() && CLAUSE_CONTINUATIONS.contains(t.lower());
    }

    /** "adding, …", "she said, …", "Brenn added: …": a participle or a subject and a speech verb at {@code k}. */
    private boolean reportStartsAt(Document doc, int k, int end) {
        if (k >= end || !doc.token(k).word()) {
            return false;
        }
        Token t = doc.token(k);
        if (!t.capitalized() && t.lower().endsWith("ing") && lex.speechVerb(t.lower()) != null) {
            return true;
        }
        for (int i = k + 1; i < end && i - k <= 3; i++) {
            Token v = doc.token(i);
            if (!v.word()) {
                return false;
            }
            if (!v.capitalized()
                    && lex.speechVerb(v.lower()) != null
                    && !v.lower().endsWith("ing")) {
                return PRONOUNS.contains(t.lower()) || t.capitalized();
            }
        }
        return false;
    }

    /** True when a quote opens within {@code n} tokens of {@code j}, before any clause punctuation. */
    private static boolean quoteOpensInPhrase(Document doc, int j, int end, int n) {
        for (int k = j; k < end && k - j < n; k++) {
            Token t = doc.token(k);
            if (isOpenMark(doc, t)) {
                return true;
            }
            if (t.is(",") || t.is(";") || t.is(":") || t.is(".")) {
                return false;
            }
        }
        return false;
    }

    /** From token {@code j} to the end of the clause: sentence end, a participial cue, "according to". */
    List<int[]> clauseFrom(Document doc, Sentence s, int j) {
        int end = s.endToken();
        if (j >= end) {
            return null;
        }
        int k = j;
        int words = 0;
        int quoteEnd = -1;
        boolean afterCommaQuote = false;
        for (; k < end; k++) {
            Token t = doc.token(k);
            if (t.start() < quoteEnd) {
                continue;
            }
            if (afterCommaQuote) {
                // "… called him a “moderate,” a subtle dig at …": a comma closing the quoted words ends the content,
                // unless more quoted words follow ("“incredibly ugly,” “a huge shock” and …")
                afterCommaQuote = false;
                if ((!quoteOpensWithin(doc, k, end, QUOTE_LIST_WINDOW) && !continuesAfterQuote(t))
                        || reportStartsAt(doc, k, end)) {
                    // ("“… maniacal,” adding, “…”": a new report after the comma, even when it quotes)
                    break;
                }
            }
            if (isOpenMark(doc, t)) {
                QuotedSpan q = doc.quoteAt(t.start());
                if (q != null && q.openMark() == t.start()) {
                    quoteEnd =
                            q.pieces().size() == 1 ? q.outerEnd() : q.pieces().get(0)[1];
                    int ce = q.contentEnd();
                    afterCommaQuote =
                            q.pieces().size() == 1 && ce > 0 && doc.text().charAt(ce - 1) == ',';
                    words += 2;
                    continue;
                }
            }
            if (t.is(",") && k + 1 < end && stopsAfterComma(doc, k + 1, j, k, end)) {
                break;
            }
            if (t.is(",") && k + 1 < end && opensOutsideClause(doc, k + 1, j)) {
                break;
            }
            if ((t.is(",") || t.is("—") || t.is("--")) && k > j + 2 && newReportingClause(doc, k + 1, end)) {
                break;
            }
            if (t.is(",")
                    && quoteEnd >= 0
                    && k > j
                    && ((doc.token(k - 1).end() == quoteEnd && !quoteOpensWithin(doc, k + 1, end, QUOTE_LIST_WINDOW))
                            || (k + 1 < end
                                    && (doc.token(k + 1).isLower("a")
                                            || doc.token(k + 1).isLower("an"))))) {
                // after quoted words, a comma ("“rigged”, a charge that …", "“rigged” against him, a charge …") ends
                // the content: what follows is the writer's comment or a new clause
                break;
            }
            if ((t.isLower("and") || t.isLower("but")) && k > j && k + 1 < end) {
                int nk = k + 1;
                if (nk + 1 < end
                        && (AUX_ADV.contains(doc.token(nk).lower())
                                || doc.token(nk).lower().endsWith("ly"))) {
                    nk++;
                }
                Token n = doc.token(nk);
                if (n.word() && !n.capitalized() && COORDINATED_STOPS.contains(n.lower())) {
                    break;
                }
                if (coordinatedVerbPhrase(doc, nk, end, quoteEnd >= 0)) {
                    break;
                }
                if (quoteEnd >= 0
                        && n.word()
                        && !n.capitalized()
                        && ((n.lower().endsWith("ing") && lex.speechVerb(n.lower()) != null)
                                || (PRONOUNS.contains(n.lower()) && !n.isLower("who") && !n.isLower("it")))) {
                    // "… “on paper” but suggesting …", "… a “nice guy” and he didn’t …": after quoted words, a new
                    // report or a clause with its own subject is not part of this one
                    break;
                }
            }
            if (t.is(";") || (quoteEnd >= 0 && k > j && (t.is("—") || t.is("–") || t.is("-") || t.is("--")))) {
                // "… “the living wage” - stopping short of …": a dash after quoted words opens the writer's aside
                break;
            }
            if (t.word()) {
                words++;
            }
        }
        if (words < 2) {
            return null;
        }
        int last = k - 1;
        int endChar = doc.token(last).end();
        if (quoteEnd > endChar) {
            endChar = Math.min(quoteEnd, doc.text().length());
        }
        int startChar = doc.token(j).start();
        return List.of(new int[] {startChar, endChar});
    }

    /**
     * "pledged to be “the greatest jobs president” and cast doubt on …": after a quoted fragment, "and" with a
     * past-tense verb and its object starts a second predicate of the subject, which the cue does not report.
     */
    static boolean coordinatedVerbPhrase(Document doc, int n, int end, boolean afterQuote) {
        if (!afterQuote || n + 1 >= end) {
            return false;
        }
        Token v = doc.token(n);
        String w = v.lower();
        if (!v.word() || v.capitalized() || doc.quoted(v.start())) {
            return false;
        }
        boolean past = (w.length() > 4 && w.endsWith("ed")) || IRREGULAR_PAST.contains(w);
        if (!past) {
            return false;
        }
        Token o = doc.token(n + 1);
        return o.word() && !o.isLower("by") && !o.isLower("and") && !o.isLower("or");
    }

    /** After a comma: a participial cue, "according to", or a gerund adjunct ("…, implicitly putting …"). */
    /**
     * "…, although he supports …", "…, which he said …": after a comma, a concessive or relative clause is not
     * reported ("…, but …" usually is: "says that X, but instead Obama is giving them “lectures”").
     */
    static boolean opensOutsideClause(Document doc, int n, int j) {
        Token t = doc.token(n);
        return n > j + 3 && t.word() && !t.capitalized() && CLAUSE_BREAKS.contains(t.lower());
    }

    boolean stopsAfterComma(Document doc, int n, int j, int k, int end) {
        Token t = doc.token(n);
        if (!t.word() || t.capitalized()) {
            return false;
        }
        String tl = t.lower();
        if (tl.equals("according")) {
            return true;
        }
        if (tl.endsWith("ly") && n + 1 < end && doc.token(n + 1).word()) {
            tl = doc.token(n + 1).lower();
        }
        // only a speech participle ("…, adding that …") starts another report; "…, coming from 40 points behind …"
        // goes on with this one
        return tl.endsWith("ing") && lex.speechVerb(tl) != null;
    }

    static boolean endsClause(Document doc, int k, Sentence s) {
        if (k >= s.endToken()) {
            return true;
        }
        Token t = doc.token(k);
        String tl = t.lower();
        if (t.word()
                && (TIME_WORDS.contains(tl)
                        || tl.equals("this")
                        || tl.equals("last")
                        || tl.equals("next")
                        || tl.equals("of")
                        || tl.equals("to")
                        || tl.equals("about")
                        || tl.equals("recently"))) {
            return true;
        }
        return (!t.word() && !t.is("’s"))
                || t.isLower("in")
                || t.isLower("on")
                || t.isLower("at")
                || t.isLower("during")
                || t.isLower("after")
                || t.isLower("told");
    }

    /**
     * "“A,” he said, “B.”": frame {@code f} of a quote, with the quote that opens right after the comma or colon at
     * token {@code after} as a further fragment; {@code f} itself when none opens there.
     */
    static Frame withContinuation(Document doc, int after, Frame f) {
        if (after + 1 >= doc.tokenCount()) {
            return f;
        }
        Token comma = doc.token(after);
        if (!comma.is(",") && !comma.is(":")) {
            return f;
        }
        Token open = doc.token(after + 1);
        QuotedSpan q = doc.quoteAt(open.start());
        if (q == null || q.openMark() != open.start() || !isQuoteContent(doc, f)) {
            return f;
        }
        List<int[]> pieces = new ArrayList<>(f.content());
        pieces.addAll(q.pieces());
        return f.withContent(pieces);
    }
}
