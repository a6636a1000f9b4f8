package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Token;

/**
 * What stands between a speech verb and what it reports: its object ("told reporters", "told NBC’s “Today”"), time
 * adjuncts ("on Tuesday", "last week") and short prepositional phrases ("in a statement", "on “Meet the Press”"). The
 * verb-cue rules read the content, or the end of a trailing cue, after them.
 */
final class VerbComplements {

    private static final Set<String> OBJECT_VERBS = words(
            "told",
            "tell",
            "tells",
            "telling",
            "asked",
            "asks",
            "ask",
            "asking",
            "warned",
            "warns",
            "warning",
            "reminded",
            "assured",
            "informed",
            "promised");

    private final Lexicons lex;
    private final SubjectFinder subjects;

    VerbComplements(Lexicons lex, SubjectFinder subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    /** Skips the verb's object and adverbials: "told reporters", "in a statement", "on Tuesday", "of the drills". */
    int after(Document doc, int i, int end, String verb) {
        int j = i;
        if (j < end && VerbCues.POINT_OUT.contains(verb) && doc.token(j).isLower("out")) {
            j++;
        }
        if (j < end && OBJECT_VERBS.contains(verb)) {
            Token x = doc.token(j);
            if (x.word() && OBJECT_PRONOUNS.contains(x.lower())) {
                j++;
            } else if (x.word()
                    && (x.capitalized()
                            || DETERMINERS.contains(x.lower())
                            || MODIFIERS.contains(x.lower())
                            || lex.roleNoun(x.lower()) != null)) {
                int k = j;
                if (DETERMINERS.contains(x.lower())) {
                    k++;
                }
                int taken = 0;
                while (k < end && taken < 6) {
                    Token y = doc.token(k);
                    int afterTitle = taken > 0 ? afterQuotedTitle(doc, k, end) : -1;
                    if (afterTitle > 0) {
                        // "told NBC’s “Today” on Monday": the show is part of the addressee
                        k = afterTitle;
                        taken++;
                        continue;
                    }
                    if (y.capitalized()
                            || y.is("’s")
                            || y.is("'s")
                            || (y.word() && lex.roleNoun(y.lower()) != null)
                            || (y.word() && MODIFIERS.contains(y.lower()))) {
                        k++;
                        taken++;
                        continue;
                    }
                    break;
                }
                if (taken == 0
                        && k > j
                        && k < end
                        && doc.token(k).word()
                        && subjects.plausibleNoun(doc.token(k).lower())) {
                    // "told the court"
                    k++;
                    taken++;
                } else if (taken == 0
                        && k > j
                        && k + 1 < end
                        && doc.token(k).word()
                        && !doc.token(k).capitalized()
                        && doc.token(k).lower().endsWith("ed")
                        && lex.speechVerb(doc.token(k).lower()) == null) {
                    // "told a packed college gym": a participle adjective, then the nouns
                    int n = k + 1;
                    while (n < end
                            && n - k <= 3
                            && doc.token(n).word()
                            && !doc.token(n).capitalized()
                            && subjects.plausibleNoun(doc.token(n).lower())) {
                        n++;
                    }
                    if (n > k + 1
                            && (n >= end
                                    || !doc.token(n).word()
                                    || PREPS.contains(doc.token(n).lower())
                                    || TIME_WORDS.contains(doc.token(n).lower()))) {
                        taken = n - k;
                        k = n;
                    }
                }
                if (taken > 0) {
                    j = k;
                }
            }
        }
        int guard = 0;
        while (j < end && guard++ < 4) {
            Token x = doc.token(j);
            if (!x.word()) {
                break;
            }
            String xl = x.lower();
            if (TIME_WORDS.contains(xl) || (!x.capitalized() && xl.endsWith("ly") && xl.length() > 4)) {
                j++;
                continue;
            }
            if (PREPS.contains(xl)) {
                if (xl.equals("to") && j + 1 < end && !subjects.startsNounPhrase(doc.token(j + 1))) {
                    break;
                }
                int k = j + 1;
                int taken = 0;
                boolean closed = false;
                while (k < end && taken < 7) {
                    Token y = doc.token(k);
                    int afterTitle = afterQuotedTitle(doc, k, end);
                    if (afterTitle > 0) {
                        // "said on “Meet the Press.”", "in an interview with “Harbour Mornings”": a show, not a quote
                        k = afterTitle;
                        taken++;
                        continue;
                    }
                    if (!y.word() || y.isLower("that")) {
                        closed = true;
                        break;
                    }
                    k++;
                    taken++;
                    if (PP_HEADS.contains(y.lower())) {
                        if (y.capitalized()) {
                            // "on Fox News’s “Fox and Friends”": the rest of the network's name and its show
                            while (k < end
                                    && taken < 7
                                    && (doc.token(k).capitalized()
                                            || doc.token(k).is("’s")
                                            || doc.token(k).is("'s"))) {
                                k++;
                                taken++;
                            }
                        }
                        int showEnd = k < end ? afterQuotedTitle(doc, k, end) : -1;
                        if (showEnd > 0) {
                            k = showEnd;
                        }
                        closed = true;
                        break;
                    }
                }
                if (!closed && k < end) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * The token index after a short quoted title opening at token {@code k} ("“Meet the Press”", "“Today”"): every
     * longer word capitalised, at most six words, closed within the sentence; -1 when there is none.
     */
    private static int afterQuotedTitle(Document doc, int k, int end) {
        Token open = doc.token(k);
        if (open.word() || !isOpenMark(doc, open)) {
            return -1;
        }
        QuotedSpan q = doc.quoteAt(open.start());
        if (q == null
                || q.openMark() != open.start()
                || q.closeMark() < 0
                || q.pieces().size() != 1) {
            return -1;
        }
        int words = 0;
        for (int j = k + 1; j < end && doc.token(j).start() < q.contentEnd(); j++) {
            Token w = doc.token(j);
            if (w.word() && (++words > 6 || (w.text().length() > 3 && !w.capitalized()))) {
                return -1;
            }
        }
        if (words == 0) {
            return -1;
        }
        for (int j = k + 1; j < end; j++) {
            if (doc.token(j).start() >= q.closeMark()) {
                return doc.token(j).end() >= q.outerEnd() ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** "on Tuesday", "Tuesday night", "yesterday", "last week": the index after a short time adjunct at {@code i}. */
    static int afterTimeAdjunct(Document doc, int i, int end) {
        int k = i;
        if (k < end
                && (doc.token(k).isLower("on")
                        || doc.token(k).isLower("last")
                        || doc.token(k).isLower("this"))) {
            k++;
        }
        int words = 0;
        while (k < end
                && words < 2
                && doc.token(k).word()
                && (TIME_WORDS.contains(doc.token(k).lower())
                        || doc.token(k).isLower("week")
                        || doc.token(k).isLower("month"))) {
            k++;
            words++;
        }
        return words == 0 ? i : k;
    }
}
