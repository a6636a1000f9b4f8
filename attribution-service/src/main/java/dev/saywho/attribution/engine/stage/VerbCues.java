package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Which tokens are speech verbs for the verb-cue rules: a listed speech verb in lower case (or in a title-case
 * headline), "pointed out", and an unlisted verb standing where only a trailing or inverted cue stands ("“…,” he
 * surmised."); never a noun that looks like a verb ("the radio show “Harbour Mornings”", "the caustic chant “…”").
 */
final class VerbCues {

    private static final Set<String> POSSESSIVE_DETERMINERS = words(
            "the", "a", "an", "his", "its", "their", "our", "my", "your", "this", "these", "those", "every", "each");

    /** Speech-verb forms that are also nouns ("a radio show", "the report", "her notes"). */
    private static final Set<String> NOUN_LIKE_FORMS = words(
            "show",
            "shows",
            "report",
            "reports",
            "note",
            "notes",
            "claim",
            "claims",
            "call",
            "calls",
            "comment",
            "comments",
            "post",
            "posts",
            "tweet",
            "tweets",
            "release",
            "statement",
            "word",
            "promise",
            "warning",
            "answer",
            "reply");

    /** Shouting verbs that are nouns after a determiner and a modifier ("the caustic chant “Lock her up!”"). */
    private static final Set<String> SHOUT_NOUNS =
            words("chant", "chants", "shout", "shouts", "cry", "cries", "yell", "yells", "scream", "screams");

    /** "pointed out", "points out": a clausal cue with its particle (the complements skip the "out"). */
    static final Set<String> POINT_OUT = Set.of("pointed", "points", "pointing");

    private final Lexicons lex;
    private final SubjectFinder subjects;

    VerbCues(Lexicons lex, SubjectFinder subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    /** The speech verb at token {@code v} of sentence {@code s}, or null when the token is none. */
    VerbCue at(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String low = t.lower();
        VerbClass vc = lex.speechVerb(low);
        if (vc == null
                && POINT_OUT.contains(low)
                && v + 1 < s.endToken()
                && doc.token(v + 1).isLower("out")) {
            // "as The Tide pointed out, …", "she points out that …"
            vc = VerbClass.CLAUSE;
        }
        boolean unlisted = false;
        if (vc == null && (unlistedTrailingVerb(doc, s, v) || unlistedInvertedVerb(doc, s, v))) {
            // "“…,” he surmised.", "“…!” beamed Ada Lind.": a verb right after a quote and its subject reports it,
            // listed or not
            vc = VerbClass.QUOTE;
            unlisted = true;
        }
        if (vc == null || (t.capitalized() && !headlineVerb(doc, s, v))) {
            return null;
        }
        if (NOUN_LIKE_FORMS.contains(low)
                && v + 1 < s.endToken()
                && isOpenMark(doc, doc.token(v + 1))
                && v > s.firstToken()
                && doc.token(v - 1).word()
                && !PRONOUNS.contains(doc.token(v - 1).lower())) {
            // "the radio show “Harbour Mornings”": a noun that looks like a verb, naming what follows
            return null;
        }
        if (SHOUT_NOUNS.contains(low)
                && v > s.firstToken()
                && doc.token(v - 1).word()
                && (POSSESSIVE_DETERMINERS.contains(doc.token(v - 1).lower())
                        || (v - 1 > s.firstToken()
                                && doc.token(v - 2).word()
                                && POSSESSIVE_DETERMINERS.contains(
                                        doc.token(v - 2).lower())
                                && adjectiveOrNoun(doc.token(v - 1))))) {
            // "the caustic chant “Lock her up!”": a shouting verb after a determiner is a noun (other speech
            // nouns, "his call for …", "her claim that …", do report, as annotators mark them)
            return null;
        }
        return new VerbCue(v, low, vc, unlisted);
    }

    /**
     * "a short film called “Tenemos Familias”": a naming participle inside a noun phrase ("a"/"an" + noun + verb), not
     * a report by that noun phrase.
     */
    static boolean namesInsideNounPhrase(Document doc, VerbCue cue, Mention subject) {
        return cue.verbClass() == VerbClass.MIXED
                && cue.lower().endsWith("ed")
                && subject.kind() == Mention.Kind.NOMINAL
                && subject.endToken() == cue.token()
                && (doc.token(subject.firstToken()).isLower("a")
                        || doc.token(subject.firstToken()).isLower("an"));
    }

    /**
     * An unlisted past-tense verb right after a closing quotation mark (and comma), followed by a name that ends the
     * clause: "“This is fantastic!” beamed Ada Lind of Port Tessaly." A description after the verb is not enough
     * ("“…” stunned the audience": the quote is the verb's subject there).
     */
    private boolean unlistedInvertedVerb(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String w = t.lower();
        if (!t.word()
                || t.capitalized()
                || w.length() < 5
                || !w.endsWith("ed")
                || COPULAS.contains(w)
                || AUX_ADV.contains(w)
                || v + 1 >= s.endToken()
                || v < 1) {
            return false;
        }
        if (!quoteClosesAt(doc, v - 1, s) || !doc.token(v + 1).capitalized()) {
            return false;
        }
        Mention m = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
        return m != null && m.kind() == Mention.Kind.NAME && ContentFinder.endsClause(doc, m.endToken(), s);
    }

    /**
     * An unlisted past-tense or present verb in the trailing-cue position: a closing quotation mark (and comma), a
     * short subject (pronoun, name or "the" + noun), the verb, then the end of the sentence or a comma.
     */
    private boolean unlistedTrailingVerb(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String w = t.lower();
        if (!t.word()
                || t.capitalized()
                || w.length() < 4
                || !(w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss")))
                || COPULAS.contains(w)
                || AUX_ADV.contains(w)
                || v + 1 >= s.endToken()
                || v - 2 < s.firstToken()) {
            return false;
        }
        int n = v + 1;
        if (doc.token(n).isLower("back") && n + 1 < s.endToken()) {
            // "“Mexico!” the audience screamed back."
            n++;
        }
        n = VerbComplements.afterTimeAdjunct(doc, n, s.endToken());
        if (n >= s.endToken()) {
            return false;
        }
        Token next = doc.token(n);
        if (!(next.is(".") || next.is(",") || next.is("!") || next.is("?"))) {
            return false;
        }
        for (int k = v - 1; k >= s.firstToken() && v - k <= 4; k--) {
            Token y = doc.token(k);
            if (isCloseMark(doc, y) || (y.is(",") && k - 1 >= s.firstToken() && isCloseMark(doc, doc.token(k - 1)))) {
                Token first = doc.token(k + 1);
                boolean commaBefore =
                        y.is(",") || (k - 1 >= 0 && doc.token(k - 1).is(","));
                if (!commaBefore
                        && first.capitalized()
                        && (DETERMINERS.contains(first.lower()) || PRONOUNS.contains(first.lower()))) {
                    // "“15%!” Her father worried.": a capitalised determiner after a closed sentence starts a new one
                    return false;
                }
                return k < v - 1;
            }
            if (!y.word()
                    || (!y.capitalized()
                            && !PRONOUNS.contains(y.lower())
                            && !DETERMINERS.contains(y.lower())
                            && lex.roleNoun(y.lower()) == null
                            && !MODIFIERS.contains(y.lower()))) {
                return false;
            }
        }
        return false;
    }

    /** "old", "caustic", "campaign": a lower-case modifier that can stand between a determiner and its noun. */
    private boolean adjectiveOrNoun(Token t) {
        String w = t.lower();
        return !t.capitalized()
                && !w.endsWith("ly")
                && !AUX_ADV.contains(w)
                && !COPULAS.contains(w)
                && lex.speechVerb(w) == null
                && !PREPS.contains(w)
                && !PRONOUNS.contains(w);
    }

    /**
     * "Hollande Says Trump ‘Makes You Want To Retch’": a capitalised speech verb inside a title-case headline, right
     * after a name and before a quote or another capitalised word.
     */
    private static boolean headlineVerb(Document doc, Sentence s, int v) {
        if (v <= s.firstToken()) {
            return false;
        }
        Token prev = doc.token(v - 1);
        if (!prev.capitalized()
                || !CueWords.mostlyCapitalised(
                        doc.text(),
                        List.of(new int[] {
                            doc.token(s.firstToken()).start(), doc.token(v).end()
                        }),
                        true,
                        2)) {
            return false;
        }
        boolean last = v + 1 >= s.endToken()
                || (v + 2 == s.endToken() && !doc.token(v + 1).word());
        if (last) {
            // "Exam Papers Leaked Days Before National Tests, Ministry Confirms": the verb ends the headline, after a
            // comma and the capitalised source
            int k = v - 1;
            while (k > s.firstToken() && doc.token(k).capitalized() && v - k <= 5) {
                k--;
            }
            return k > s.firstToken() && doc.token(k).is(",");
        }
        Token next = doc.token(v + 1);
        return !doc.quoted(prev.start()) && (next.capitalized() || isOpenMark(doc, next));
    }
}
