package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Who a reporting frame names: the subject before a cue ("Senate minority leader Harry Reid said"), the inverted
 * subject after it ("said Otto Brenn, a pilot"), a sentence's subject after its introductory phrase, and the name
 * inside a long subject phrase. Part of stage 3 ({@link CueFinder}); bounded by the sentence. Unnamed sources whose
 * description runs up to the verb are {@link UnnamedSources}.
 */
final class SubjectFinder {

    private static final Set<String> APPOSITION_STARTS = words(
            "a",
            "an",
            "the",
            "who",
            "now",
            "formerly",
            "also",
            "then",
            "whose",
            "currently",
            "once",
            "himself",
            "herself",
            "until",
            "another",
            "one",
            "both",
            "its",
            "his",
            "her",
            "their",
            "in",
            "at",
            "on",
            "during",
            "after",
            "before",
            "like",
            "unlike",
            "meanwhile",
            "however",
            "though",
            "too",
            "for",
            "speaking",
            "asked",
            "when",
            "while",
            "with",
            "by",
            "from",
            "as",
            "according");

    /**
     * "Two months later, …", "Eight years ago, …", "Once in my early 20s, …", "Reached by POLITICO, …": a sentence
     * opening with a number, "once" or a participle starts with an introductory phrase, not its subject.
     */
    private static boolean introductoryStart(Token t) {
        String w = t.lower();
        return Character.isDigit(t.text().charAt(0))
                || NUMBER_WORDS.contains(w)
                || SMALL_NUMBERS.contains(w)
                || w.equals("once")
                || w.equals("twice")
                || (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) && t.capitalized());
    }

    private static final Set<String> SMALL_NUMBERS = words(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "several", "few", "many");

    private static final Set<String> INTRO = words(
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "last",
            "earlier",
            "later",
            "since",
            "while",
            "when",
            "then",
            "but",
            "and",
            "however",
            "still",
            "meanwhile",
            "yet",
            "instead",
            "now",
            "today",
            "yesterday",
            "also",
            "speaking",
            "asked",
            "for",
            "with",
            "without",
            "by",
            "as",
            "so",
            // "Hours after the vote,", "Amid the chaos,", "Early Tuesday,", "Hastily,": more openers that are no
            // subject
            "amid",
            "amidst",
            "despite",
            "following",
            "throughout",
            "within",
            "upon",
            "hours",
            "minutes",
            "days",
            "weeks",
            "months",
            "moments",
            "early",
            "late",
            "likewise",
            "hastily",
            "shortly",
            "similarly",
            "separately",
            "additionally",
            "finally",
            "ultimately",
            "eventually",
            "moreover",
            "nevertheless",
            "nonetheless",
            "indeed",
            "ironically",
            "notably",
            "privately",
            "publicly");

    private static boolean isBoundary(Document doc, int k) {
        Token t = doc.token(k);
        return t.is(",") || isQuoteMark(t) || t.is(":") || t.is(";") || t.is("(") || t.is("—");
    }

    private static final Set<String> NUMBER_WORDS = words(
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "twenty",
            "ten",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "half",
            "dozens",
            "hundreds",
            "thousands",
            "millions");

    private static boolean adjectiveLike(String w) {
        return w.length() > 4
                && (w.endsWith("al")
                        || w.endsWith("ic")
                        || w.endsWith("ive")
                        || w.endsWith("ary")
                        || w.endsWith("ior")
                        || w.endsWith("ern")
                        || w.endsWith("ese")
                        || w.endsWith("ish")
                        || w.endsWith("an"));
    }

    private final Lexicons lex;
    private final UnnamedSources unnamed;

    SubjectFinder(Lexicons lex) {
        this.lex = lex;
        this.unnamed = new UnnamedSources(lex, this);
    }

    /**
     * The name a long subject phrase [from, to) is about: a comma-delimited name, else its last name run before "of".
     */
    Mention nameInside(Document doc, int from, int to) {
        int bestFirst = -1;
        int bestEnd = -1;
        int k = from;
        while (k < to) {
            while (k < to && !(doc.token(k).word() && doc.token(k).capitalized())) {
                if (doc.token(k).isLower("of") && bestFirst >= 0) {
                    k = to;
                    break;
                }
                k++;
            }
            int a = k;
            while (k < to
                    && doc.token(k).word()
                    && (doc.token(k).capitalized()
                            || doc.token(k).is("’s")
                            || doc.token(k).is("'s"))) {
                k++;
            }
            int b = k;
            while (b > a && (doc.token(b - 1).is("’s") || doc.token(b - 1).is("'s"))) {
                b--;
            }
            if (b - a >= 1 && !(k < to && (doc.token(k).is("’s") || doc.token(k).is("'s")))) {
                int h = a;
                while (h < b - 1
                        && (lex.isTitle(doc.token(h).text())
                                || lex.roleNoun(doc.token(h).lower()) == Lexicons.NounClass.ROLE)) {
                    h++;
                }
                if (b - h >= 2 || bestFirst < 0) {
                    bestFirst = h;
                    bestEnd = b;
                }
            }
            if (k < to && doc.token(k).isLower("of")) {
                break;
            }
        }
        if (bestFirst < 0) {
            return null;
        }
        Token f = doc.token(bestFirst);
        Token l = doc.token(bestEnd - 1);
        return new Mention(
                doc.token(from).start(), doc.token(to - 1).end(), from, to, Mention.Kind.NAME, f.start(), l.end());
    }

    /** True when a capitalised word comes within {@code n} tokens from {@code k}, after lower-case nouns only. */
    boolean nameWithin(Document doc, int k, int end, int n) {
        for (int i = k; i < end && i - k < n; i++) {
            Token t = doc.token(i);
            if (!t.word()) {
                return false;
            }
            if (t.capitalized()) {
                return !lex.isSentenceStarter(t.text());
            }
            if (!plausibleNoun(t.lower()) && lex.roleNoun(t.lower()) == null) {
                return false;
            }
        }
        return false;
    }

    /** The subject noun phrase of a sentence, after an introductory phrase ("In an interview with CNN, Trump …"). */
    Mention sentenceSubjectMention(Document doc, Sentence s) {
        int first = s.firstToken();
        int end = s.endToken();
        int i = first;
        if (doc.token(i).word() && (INTRO.contains(doc.token(i).lower()) || introductoryStart(doc.token(i)))) {
            int c = -1;
            for (int j = i + 1; j < end && j - i < 12; j++) {
                if (doc.token(j).is(",")) {
                    c = j;
                    break;
                }
                if (isQuoteMark(doc.token(j))) {
                    break;
                }
            }
            if (c < 0 && INTRO.contains(doc.token(i).lower())) {
                return null;
            }
            if (c >= 0) {
                i = c + 1;
            }
        }
        Mention m = subjectAfter(doc, i, end, false);
        if (m != null
                && m.firstToken() == first
                && doc.token(first).capitalized()
                && lex.isSentenceStarter(doc.token(first).text())
                && !DETERMINERS.contains(doc.token(first).lower())
                && m.kind() != Mention.Kind.PRONOUN) {
            return null;
        }
        return m;
    }

    boolean startsNounPhrase(Token t) {
        String tl = t.lower();
        return t.capitalized()
                || DETERMINERS.contains(tl)
                || OBJECT_PRONOUNS.contains(tl)
                || lex.roleNoun(tl) != null
                || MODIFIERS.contains(tl);
    }

    /** The subject noun phrase ending right before the verb at {@code v} (adverbs and an apposition skipped). */
    Mention subjectBefore(Document doc, int v, int lo, int[] apposition) {
        Mention described = unnamed.describedSourceBefore(doc, v, lo);
        if (described != null) {
            return described;
        }
        Mention m = surfaceSubjectBefore(doc, v, lo, apposition);
        // "who" opens the description's own clause; a pronoun right before the verb is its subject ("A new manager,
        // he said, could …")
        boolean relative = m != null
                && m.kind() == Mention.Kind.PRONOUN
                && doc.token(m.firstToken()).isLower("who");
        boolean adjacentPronoun = m != null && m.kind() == Mention.Kind.PRONOUN && m.endToken() == v;
        if (!relative && !adjacentPronoun) {
            // a name, a noun or a pronoun inside an unnamed source's description ("a spokeswoman for the Revenue
            // Service", "one paramedic with nine years' service, who asked … because she …") is not the source
            Mention opening = unnamed.openingTheClause(doc, v, lo);
            if (opening != null && (m == null || m.start() > opening.headEnd())) {
                return opening; // an apposition the surface reading found between them stays marked as one
            }
        }
        return m == null ? null : unnamed.withPlace(doc, m, lo);
    }

    private Mention surfaceSubjectBefore(Document doc, int v, int lo, int[] apposition) {
        int k = v - 1;
        int skipped = 0;
        while (k >= lo && skipped < 3) {
            Token t = doc.token(k);
            String tl = t.lower();
            if (t.word() && !t.capitalized() && (AUX_ADV.contains(tl) || (tl.endsWith("ly") && tl.length() > 4))) {
                k--;
                skipped++;
                continue;
            }
            break;
        }
        if (k < lo) {
            return null;
        }
        if ((doc.token(k).word()
                        && !doc.token(k).capitalized()
                        && (PP_HEADS.contains(doc.token(k).lower())
                                || TIME_WORDS.contains(doc.token(k).lower())))
                || (doc.token(k).capitalized()
                        && TIME_WORDS.contains(doc.token(k).lower()))) {
            for (int j = k - 1; j >= lo && j >= k - 4; j--) {
                Token y = doc.token(j);
                if (!y.word()) {
                    break;
                }
                if (!y.capitalized()
                        && (y.isLower("at")
                                || y.isLower("on")
                                || y.isLower("in")
                                || y.isLower("last")
                                || y.isLower("this")
                                || y.isLower("during")
                                || y.isLower("earlier"))) {
                    if (j - 1 >= lo) {
                        k = j - 1;
                    }
                    break;
                }
            }
        }
        if (doc.token(k).is(",")) {
            Mention described = describedName(doc, k, lo);
            if (described != null) {
                return described;
            }
            int c2 = anonymityClauseStart(doc, k, lo);
            int commas = 0;
            for (int j = k - 1; c2 < 0 && j >= lo && j >= k - 30; j--) {
                Token y = doc.token(j);
                if (y.is(",")) {
                    if (looksLikeApposition(doc, j + 1, k)) {
                        c2 = j;
                        break;
                    }
                    if (++commas >= 3) {
                        break;
                    }
                    continue;
                }
                if (isQuoteMark(y)
                        || y.is(".")
                        || y.is(":")
                        || y.is(";")
                        || (y.word() && lex.speechVerb(y.lower()) != null && !y.capitalized())) {
                    return null;
                }
            }
            if (c2 < 0) {
                return null;
            }
            apposition[0] = c2 + 1;
            apposition[1] = k;
            k = c2 - 1;
            if (k < lo) {
                return null;
            }
        }
        return npEndingAt(doc, k, lo, apposition[0] < 0, 0);
    }

    /**
     * "…,” the harbour master, Otto Brenn, said": a name set off by commas right after a description (a lower-case
     * role noun) is the speaker; {@code k} is the comma before the verb.
     */
    Mention describedName(Document doc, int k, int lo) {
        int j = k - 1;
        while (j >= lo && k - j <= 4 && doc.token(j).word() && doc.token(j).capitalized()) {
            j--;
        }
        if (j == k - 1 || k - j - 1 < 2 || j < lo + 1 || !doc.token(j).is(",")) {
            return null;
        }
        Token role = doc.token(j - 1);
        if (!role.word() || role.capitalized() || lex.roleNoun(role.lower()) != Lexicons.NounClass.ROLE) {
            return null;
        }
        int d = j - 1;
        while (d - 1 >= lo
                && d - 1 >= j - 5
                && doc.token(d - 1).word()
                && !doc.token(d - 1).capitalized()
                && (MODIFIERS.contains(doc.token(d - 1).lower())
                        || lex.roleNoun(doc.token(d - 1).lower()) != null
                        || adjectiveLike(doc.token(d - 1).lower()))) {
            d--;
        }
        if (d - 1 >= lo
                && doc.token(d - 1).word()
                && DETERMINERS.contains(doc.token(d - 1).lower())) {
            d--;
        }
        // the mention spans "the spokesman, Otto Brenn"; its head is the name
        Token first = doc.token(j + 1);
        Token last = doc.token(k - 1);
        return new Mention(doc.token(d).start(), last.end(), d, k, Mention.Kind.NAME, first.start(), last.end());
    }

    Mention npEndingAt(Document doc, int k, int lo, boolean allowPronoun, int depth) {
        Token h = doc.token(k);
        if (depth == 0
                && k - 2 >= lo
                && h.word()
                && !h.capitalized()
                && h.text().length() > 2
                && !PRONOUNS.contains(h.lower())
                && !DETERMINERS.contains(h.lower())
                && doc.token(k - 1).isLower("of")
                && lex.roleNoun(doc.token(k - 2).lower()) == Lexicons.NounClass.ROLE) {
            // "the former secretary of state", "the chief of staff": the role's complement ends the phrase
            Mention role = npEndingAt(doc, k - 2, lo, false, depth + 1);
            if (role != null) {
                return new Mention(
                        role.start(), h.end(), role.firstToken(), k + 1, role.kind(), role.headStart(), role.headEnd());
            }
        }
        if (h.word() && PRONOUNS.contains(h.lower())) {
            if (!allowPronoun && !h.isLower("who")) {
                return null;
            }
            return new Mention(h.start(), h.end(), k, k + 1, Mention.Kind.PRONOUN, h.start(), h.end());
        }
        int last = k;
        if (h.is(")")) {
            int j = k - 1;
            while (j >= lo && j > k - 8 && !doc.token(j).is("(")) {
                j--;
            }
            if (j < lo || !doc.token(j).is("(") || j - 1 < lo) {
                return null;
            }
            last = j - 1;
            h = doc.token(last);
        }
        if (h.word() && (h.is("Jr.") || h.is("Sr.") || h.is("Jr") || h.is("Sr")) && last - 1 >= lo) {
            last--;
            if (doc.token(last).is(",") && last - 1 >= lo) {
                last--;
            }
            h = doc.token(last);
        }
        int first;
        Mention.Kind kind;
        int headFirst;
        int headLast = last;
        if (h.capitalized() && !(last == lo && lex.isSentenceStarter(h.text()))) {
            int j = last;
            while (j - 1 >= lo && last - j < 8) {
                Token y = doc.token(j - 1);
                if (y.capitalized() && !(j - 1 == lo && lex.isSentenceStarter(y.text()))) {
                    j--;
                    continue;
                }
                if (j - 2 >= lo && MentionFinder.pluralPossessiveInName(lex, doc, j - 1, doc.tokenCount())) {
                    j--; // "the Dock Workers' Association said"
                    continue;
                }
                if ((y.is("&") || y.is("and"))
                        && j - 2 >= lo
                        && doc.token(j - 2).capitalized()
                        && (y.is("&")
                                || lex.isOrgHead(doc.token(last).text())
                                || lex.isOrgFinalHead(doc.token(last).text()))) {
                    j--; // "the Tessaly Fire and Rescue Service said", "the Lighthouse & Beacon Commission said"
                    continue;
                }
                if (y.word()
                        && (y.isLower("for") || y.isLower("of") || y.isLower("on"))
                        && j - 2 >= lo
                        && (lex.isOrgHead(doc.token(j - 2).text())
                                || lex.isOrgFinalHead(doc.token(j - 2).text()))
                        && !lex.isPlace(doc.token(j).text())) {
                    j--;
                    continue;
                }
                break;
            }
            headFirst = j;
            while (headFirst < last && lex.isTitle(doc.token(headFirst).text())) {
                headFirst++;
            }
            for (int r = last - 2; r >= headFirst; r--) {
                // "Senate Majority Leader Mitch McConnell": the name is what follows the last title word
                Token tw = doc.token(r);
                if ((lex.isTitle(tw.text()) || lex.roleNoun(tw.lower()) == Lexicons.NounClass.ROLE)
                        && last - r <= 3
                        && MentionFinder.personNameTail(lex, doc, r + 1, last + 1)) {
                    headFirst = r + 1;
                    break;
                }
            }
            int m = j;
            int lowers = 0;
            while (m - 1 >= lo && lowers < 8) {
                Token y = doc.token(m - 1);
                String yl = y.lower();
                if (!y.word()) {
                    break;
                }
                if (y.capitalized()) {
                    // "Italy's Northern League leader Matteo Salvini": names inside the pre-modifiers
                    if (lowers > 0 && !(m - 1 == lo && lex.isSentenceStarter(y.text()))) {
                        m--;
                        continue;
                    }
                    break;
                }
                if (DETERMINERS.contains(yl)) {
                    m--;
                    break;
                }
                if ((y.is("’s") || y.is("'s"))
                        && m - 2 >= lo
                        && doc.token(m - 2).word()) {
                    m -= 2;
                    lowers++;
                    continue;
                }
                if (lex.roleNoun(yl) != null || MODIFIERS.contains(yl)) {
                    m--;
                    lowers++;
                    continue;
                }
                if (lowers > 0
                        && plausibleNoun(yl)
                        && !QUESTION_WORDS.contains(yl)
                        && closedNounModifiers(doc, m - 1, lo)) {
                    // "Senate minority leader Harry Reid"
                    m--;
                    lowers++;
                    continue;
                }
                break;
            }
            first = m;
            // "Senate minority leader Harry Reid": a few more words when they reach a clear boundary
            if (depth == 0 && first - 1 >= lo && !isBoundary(doc, first - 1)) {
                for (int x = first - 1; x >= lo && first - x <= 3; x--) {
                    Token y = doc.token(x);
                    String yl = y.lower();
                    if (!y.word()
                            || y.capitalized()
                            || CONNECT.contains(yl)
                            || !(plausibleNoun(yl)
                                    || adjectiveLike(yl)
                                    || MODIFIERS.contains(yl)
                                    || lex.roleNoun(yl) != null)) {
                        break;
                    }
                    if (x == lo || isBoundary(doc, x - 1)) {
                        if (!(x == lo && lex.isSentenceStarter(y.text()) && !DETERMINERS.contains(y.lower()))) {
                            first = x;
                        }
                        break;
                    }
                }
            }
            kind = Mention.Kind.NAME;
        } else if (h.word() && !h.capitalized() && lex.roleNoun(h.lower()) != null) {
            int m = last;
            int guard = 0;
            while (m - 1 >= lo && guard++ < 6) {
                Token y = doc.token(m - 1);
                String yl = y.lower();
                if (m - 2 >= lo && QuoteMarks.possessiveApostrophe(doc, m - 1)) {
                    m -= 2; // "the growers’ cooperative said": a plural possessor, like "the guild's"
                    continue;
                }
                if (!y.word()) {
                    break;
                }
                if (DETERMINERS.contains(yl)) {
                    m--;
                    break;
                }
                if (y.capitalized() && !(m - 1 == lo && lex.isSentenceStarter(y.text()))) {
                    m--;
                    continue;
                }
                if ((y.is("’s") || y.is("'s"))
                        && m - 2 >= lo
                        && doc.token(m - 2).word()) {
                    m -= 2;
                    continue;
                }
                if (lex.roleNoun(yl) != null || MODIFIERS.contains(yl) || adjectiveLike(yl)) {
                    m--;
                    continue;
                }
                if (plausibleNoun(yl) && !QUESTION_WORDS.contains(yl) && closedNounModifiers(doc, m - 1, lo)) {
                    // "the Senate minority leader said": an unlisted noun modifier, accepted when a determiner or a
                    // name closes the phrase
                    m--;
                    continue;
                }
                break;
            }
            first = m;
            headFirst = last;
            kind = Mention.Kind.NOMINAL;
        } else if (h.word() && !h.capitalized() && plausibleNoun(h.lower())) {
            // "The budget office said", "1,409 teachers said": an unlisted noun closed by a determiner or a number
            int m = last;
            int found = -1;
            while (m - 1 >= lo && last - m < 5) {
                Token y = doc.token(m - 1);
                if (!y.word()) {
                    break;
                }
                String yl = y.lower();
                if (DETERMINERS.contains(yl) || Character.isDigit(y.text().charAt(0)) || NUMBER_WORDS.contains(yl)) {
                    found = m - 1;
                    break;
                }
                if ((y.is("’s") || y.is("'s"))
                        && m - 2 >= lo
                        && doc.token(m - 2).capitalized()) {
                    // "Clinton’s team says"
                    int o = m - 2;
                    while (o - 1 >= lo && doc.token(o - 1).capitalized() && m - o < 5) {
                        o--;
                    }
                    found = o;
                    break;
                }
                if (yl.equals("that")
                        || yl.equals("which")
                        || yl.equals("and")
                        || yl.equals("but")
                        || lex.speechVerb(yl) != null
                        || COPULAS.contains(yl)) {
                    break;
                }
                m--;
            }
            if (found < 0) {
                return null;
            }
            first = found;
            headFirst = last;
            kind = Mention.Kind.NOMINAL;
        } else {
            return null;
        }
        // "a spokesman for the campaign", "Dr. Joel Marchetti of the Orrin Institute": the head is the left NP
        if (depth == 0
                && first - 2 >= lo
                && doc.token(first - 1).word()
                && CONNECT.contains(doc.token(first - 1).lower())) {
            Mention left = npEndingAt(doc, first - 2, lo, false, 1);
            if (left != null && left.kind() != Mention.Kind.PRONOUN) {
                Token end = doc.token(k);
                return new Mention(
                        left.start(),
                        end.end(),
                        left.firstToken(),
                        k + 1,
                        left.kind(),
                        left.headStart(),
                        left.headEnd());
            }
        }
        Token firstTok = doc.token(first);
        Token endTok = doc.token(k);
        return new Mention(
                firstTok.start(),
                endTok.end(),
                first,
                k + 1,
                kind,
                doc.token(headFirst).start(),
                doc.token(headLast).end());
    }

    /** True when a role noun stands within {@code n} words from {@code from} (and before {@code end}). */
    private boolean roleNounWithin(Document doc, int from, int end, int n) {
        for (int k = from; k < end && k - from < n; k++) {
            if (!doc.token(k).word()) {
                return false;
            }
            if (lex.roleNoun(doc.token(k).lower()) != null) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> POST_MODIFIER_STARTS = java.util.Set.of(
            "of", "on", "in", "from", "at", "with", "for", "who", "close", "familiar", "involved", "briefed");

    /**
     * "said a source involved in the campaign’s creation", "said one owner of a shop": the end (exclusive) of a
     * description's post-modifier, which belongs to the speaker's description, as annotators mark it; {@code from}
     * when none follows. It runs to the clause end and never over a quote, a speech verb or another clause.
     */
    private int postModifierEnd(Document doc, int from, int end) {
        if (from >= end
                || !doc.token(from).word()
                || !POST_MODIFIER_STARTS.contains(doc.token(from).lower())) {
            return from;
        }
        int k = from;
        while (k < end && k - from < 14) {
            Token t = doc.token(k);
            if (!t.word() && !t.is("’s") && !t.is("'s") && !t.is("-")) {
                break;
            }
            if (k > from && !t.capitalized() && lex.speechVerb(t.lower()) != null) {
                return from;
            }
            k++;
        }
        if (k < end
                && !(doc.token(k).is(",")
                        || doc.token(k).is(".")
                        || doc.token(k).is(";")
                        || doc.token(k).is("?")
                        || doc.token(k).is("!"))) {
            return from;
        }
        return k;
    }

    /** A lower-case word that can head a noun phrase: not a function word, adverb, participle or past form. */
    boolean plausibleNoun(String w) {
        return w.length() > 2
                && !w.endsWith("ly")
                && !w.endsWith("ing")
                && !w.endsWith("ed")
                && !AUX_ADV.contains(w)
                && !DETERMINERS.contains(w)
                && !PREPS.contains(w)
                && !COPULAS.contains(w)
                && lex.speechVerb(w) == null
                && !PRONOUNS.contains(w)
                && !OBJECT_PRONOUNS.contains(w)
                && !w.equals("and")
                && !w.equals("or")
                && !w.equals("than")
                && !w.equals("not")
                && !w.equals("also");
    }

    /**
     * True when the words from {@code k} leftwards are noun or adjective modifiers up to a determiner, a name or a
     * possessive (at most three more words), so {@code k} lies inside one noun phrase.
     */
    boolean closedNounModifiers(Document doc, int k, int lo) {
        for (int x = k - 1; x >= lo && k - x <= 3; x--) {
            Token y = doc.token(x);
            String yl = y.lower();
            if (!y.word()) {
                return false;
            }
            if (DETERMINERS.contains(yl) || y.capitalized() || y.is("’s") || y.is("'s")) {
                return true;
            }
            if (!(plausibleNoun(yl) || adjectiveLike(yl) || MODIFIERS.contains(yl)) || QUESTION_WORDS.contains(yl)) {
                return false;
            }
        }
        return false;
    }

    /** "who asked not to be named", "who spoke on condition of anonymity": how a source is kept unnamed. */
    private static final java.util.regex.Pattern ANONYMITY_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)who\\b[^,;.]{0,80}\\b(named|identified|anonymity|anonymously)\\b[^,;.]{0,80}");

    /**
     * The comma opening a relative clause that keeps the source unnamed and closes at token {@code k} ("One lock
     * keeper, who asked not to be named, said …"), or -1: its verb is no cue, the clause an apposition.
     */
    private static int anonymityClauseStart(Document doc, int k, int lo) {
        for (int j = k - 2; j >= lo && j >= k - 30; j--) {
            Token y = doc.token(j);
            if (y.is(",")) {
                if (doc.token(j + 1).isLower("who")
                        && ANONYMITY_CLAUSE
                                .matcher(doc.text()
                                        .substring(
                                                doc.token(j + 1).start(),
                                                doc.token(k - 1).end()))
                                .matches()) {
                    return j;
                }
                return -1;
            }
        }
        return -1;
    }

    boolean looksLikeApposition(Document doc, int a, int b) {
        if (b - a < 1 || b - a > 22) {
            return false;
        }
        Token f = doc.token(a);
        String fl = f.lower();
        if (APPOSITION_STARTS.contains(fl)) {
            return true;
        }
        if (f.word() && Character.isDigit(f.text().charAt(0)) && b - a <= 2) {
            return true;
        }
        if (f.word()
                && !f.capitalized()
                && (fl.endsWith("ing") || fl.endsWith("ed"))
                && fl.length() > 4
                && lex.speechVerb(fl) == null) {
            return true;
        }
        if (f.word() && !f.capitalized() && (lex.roleNoun(fl) != null || MODIFIERS.contains(fl))) {
            return true;
        }
        if (f.capitalized() || (f.word() && Character.isUpperCase(f.text().charAt(0)))) {
            for (int i = a; i < b; i++) {
                Token t = doc.token(i);
                if (t.word() && !t.capitalized() && lex.roleNoun(t.lower()) != null) {
                    return true;
                }
                if (t.is("R") || t.is("D") || t.is("I")) {
                    return true;
                }
            }
            return b - a <= 3
                    && (doc.token(a).text().startsWith("R-")
                            || doc.token(a).text().startsWith("D-"));
        }
        return false;
    }

    /** A speaker noun phrase starting at {@code i} (inverted subjects, "according to X"); loose allows any words. */
    Mention subjectAfter(Document doc, int i, int end, boolean loose) {
        if (i >= end) {
            return null;
        }
        Token x = doc.token(i);
        if (x.word() && PRONOUNS.contains(x.lower()) && !x.isLower("it") && !x.isLower("who")) {
            return new Mention(x.start(), x.end(), i, i + 1, Mention.Kind.PRONOUN, x.start(), x.end());
        }
        int j = i;
        int headFirst = -1;
        int headLast = -1;
        int nominal = -1;
        while (j < end && j - i < (loose ? 12 : 9)) {
            Token y = doc.token(j);
            String yl = y.lower();
            if (headLast == j - 1
                    && j + 1 < end
                    && doc.token(j + 1).capitalized()
                    && (y.is("’s") || y.is("'s") || QuoteMarks.possessiveApostrophe(doc, j))) {
                // "said Tessaly News’ Ilse Varga", "said the Courier’s Ada Lind": the possessor is where the speaker
                // works; the name after it is the speaker
                headFirst = -1;
                headLast = -1;
                j++;
                continue;
            }
            if (!y.word()) {
                if ((y.is("(") || y.is("-") || y.is("–")) && headLast >= 0 && j - i < 8) {
                    break;
                }
                break;
            }
            boolean initial = j == i
                    && (i == doc.sentenceOf(i).firstToken() || !doc.token(i - 1).word());
            if (y.capitalized() && !(initial && lex.isSentenceStarter(y.text()) && !y.is("The"))) {
                if (y.is("The") || y.is("A") || y.is("An")) {
                    j++;
                    continue;
                }
                if (headFirst < 0 || (headLast >= 0 && headLast != j - 1 && nominal < 0)) {
                    if (headFirst < 0) {
                        headFirst = j;
                    }
                }
                if (headLast < 0 || headLast == j - 1 || headFirst == j) {
                    headLast = j;
                }
                j++;
                continue;
            }
            if (y.is("’s") || y.is("'s")) {
                j++;
                continue;
            }
            if (DETERMINERS.contains(yl) && (j == i || loose)) {
                j++;
                if (j == i + 1 && j + 1 < end && doc.token(j).isLower("of")) {
                    // "one of those advisers"
                    j++;
                }
                continue;
            }
            if (lex.roleNoun(yl) != null) {
                nominal = j;
                j++;
                continue;
            }
            if (!loose
                    && headLast < 0
                    && nominal < 0
                    && j - i < 3
                    && !y.capitalized()
                    && plausibleNoun(yl)
                    && nameWithin(doc, j + 1, end, 3 - (j - i))) {
                // "mused radio host Otto Brenn": lower-case modifiers before the name
                j++;
                continue;
            }
            if (MODIFIERS.contains(yl) || adjectiveLike(yl)) {
                j++;
                continue;
            }
            if (((j > i && DETERMINERS.contains(doc.token(i).lower())) || (j == i && !loose))
                    && yl.length() > 5
                    && yl.endsWith("ed")
                    && lex.speechVerb(yl) == null
                    && j + 1 < end
                    && doc.token(j + 1).word()
                    && (doc.token(j + 1).capitalized()
                            || lex.roleNoun(doc.token(j + 1).lower()) != null
                            || MODIFIERS.contains(doc.token(j + 1).lower()))) {
                // "said one unaligned Florida strategist", "said retired Gen. Ada Lind": a participle modifying the
                // noun
                j++;
                continue;
            }
            if (!loose
                    && j > i
                    && DETERMINERS.contains(doc.token(i).lower())
                    && headLast < 0
                    && (j - i < 4 || (j - i < 6 && roleNounWithin(doc, j + 1, end, 2)))
                    && plausibleNoun(yl)) {
                // "said the harbour master": an unlisted noun after a determiner ("a former senior law enforcement
                // official": a longer compound when a role noun ends it)
                nominal = j;
                j++;
                continue;
            }
            if (CONNECT.contains(yl)
                    && j + 1 < end
                    && (doc.token(j + 1).capitalized()
                            || DETERMINERS.contains(doc.token(j + 1).lower()))
                    && (headLast >= 0 || nominal >= 0)) {
                j++;
                continue;
            }
            if (!loose
                    && headLast >= 0
                    && j + 1 < end
                    && doc.token(j + 1).capitalized()
                    && j - i < 6
                    && lex.speechVerb(yl) == null
                    && !yl.equals("and")
                    && !yl.equals("that")
                    && plausibleNoun(yl)
                    && !IRREGULAR_PAST.contains(yl)) {
                // "Concord resident Whit Symms": a lower-case word inside the name phrase
                j++;
                headFirst = -1;
                continue;
            }
            if (loose
                    && !yl.equals("that")
                    && !yl.equals("and")
                    && lex.speechVerb(yl) == null
                    && j - i < 8
                    && (headLast >= 0 || nominal >= 0 || j - i < 4)) {
                j++;
                continue;
            }
            break;
        }
        int last = j - 1;
        while (last >= i
                && !doc.token(last).capitalized()
                && lex.roleNoun(doc.token(last).lower()) == null
                && last != nominal) {
            last--;
        }
        if (last < i
                && loose
                && j - 1 > i
                && doc.token(j - 1).word()
                && plausibleNoun(doc.token(j - 1).lower())) {
            // "according to the summary", "according to early returns"
            Token hd = doc.token(j - 1);
            return new Mention(doc.token(i).start(), hd.end(), i, j, Mention.Kind.NOMINAL, hd.start(), hd.end());
        }
        if (last < i) {
            return null;
        }
        Mention.Kind kind;
        int hs;
        int he;
        if (headFirst >= 0 && headFirst <= last && !(nominal > headLast)) {
            // ("The Democratic presidential front-runner": capitalised words before a role noun modify it)
            int hf = headFirst;
            while (hf < headLast && lex.isTitle(doc.token(hf).text())) {
                hf++;
            }
            kind = Mention.Kind.NAME;
            hs = doc.token(hf).start();
            he = doc.token(Math.min(headLast, last)).end();
        } else if (nominal >= 0) {
            kind = Mention.Kind.NOMINAL;
            hs = doc.token(nominal).start();
            he = doc.token(nominal).end();
            if (!loose && last == nominal) {
                last = postModifierEnd(doc, last + 1, end) - 1;
            }
        } else {
            return null;
        }
        return new Mention(doc.token(i).start(), doc.token(last).end(), i, last + 1, kind, hs, he);
    }
}
