package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Token;

/**
 * Unnamed sources before a speech verb, for {@link SubjectFinder#subjectBefore}: a description that runs on in a
 * relative clause or a participle up to the verb ("A senior diplomat who took part in the talks said"), one that
 * opens the clause and holds names of its own ("A spokeswoman for the Revenue Service said"), and a place after such a
 * description ("One grower near Ebbing, who asked …, said"). The noun phrases themselves are read by {@link
 * SubjectFinder#npEndingAt}.
 */
final class UnnamedSources {

    private final Lexicons lex;
    private final SubjectFinder nounPhrases;

    UnnamedSources(Lexicons lex, SubjectFinder nounPhrases) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
    }

    /** Past participles that describe how a source was reached: "Several farmers interviewed for this article". */
    private static final Set<String> SOURCE_PARTICIPLES =
            Set.of("interviewed", "quoted", "contacted", "surveyed", "polled", "reached", "questioned", "briefed");

    private static final Set<String> QUANTIFIERS =
            Set.of("a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "another", "the");

    /**
     * "A senior diplomat who took part in the talks said", "Several farmers interviewed for this article said": an
     * unnamed source whose description runs on in a relative clause or a participle without commas up to the verb;
     * the source is the noun phrase before it, not the last noun of the clause.
     */
    Mention describedSourceBefore(Document doc, int v, int lo) {
        for (int j = v - 1; j >= lo && j >= v - 14; j--) {
            Token t = doc.token(j);
            if (!t.word()) {
                return null; // a comma, a quotation mark: an apposition the other rules read
            }
            if (t.capitalized() || j - 1 < lo) {
                continue;
            }
            boolean relative = t.is("who");
            boolean participle = SOURCE_PARTICIPLES.contains(t.text());
            if ((relative || participle) && j < v - 1) {
                Mention np = nounPhrases.npEndingAt(doc, j - 1, lo, false, 0);
                if (np != null
                        && np.kind() == Mention.Kind.NOMINAL
                        && QUANTIFIERS.contains(doc.token(np.firstToken()).lower())
                        && describesPeople(np.head(doc.text()))) {
                    return np;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Words that open a sentence's introductory phrase ("Outside court, a spokeswoman …"), so that the noun phrase after
     * its comma opens the clause; after any other comma it is an apposition ("Elspeth Narroway, a retired teacher").
     */
    private static final Set<String> OPENING_PHRASES = Set.of(
            "in",
            "at",
            "outside",
            "inside",
            "after",
            "before",
            "on",
            "earlier",
            "later",
            "meanwhile",
            "separately",
            "elsewhere",
            "however",
            "yesterday",
            "today",
            "afterwards",
            "nearby",
            "speaking",
            "asked",
            "since",
            "during",
            "across",
            "back");

    /** Words that end like agent nouns but name nobody ("A week later, …"). */
    private static final Set<String> NOT_AGENTS = Set.of(
            "later",
            "after",
            "other",
            "another",
            "never",
            "ever",
            "over",
            "under",
            "rather",
            "together",
            "whether",
            "either",
            "neither",
            "further",
            "former",
            "latter",
            "earlier",
            "summer",
            "winter",
            "number",
            "order",
            "letter",
            "paper",
            "water",
            "matter",
            "quarter",
            "corner",
            "border",
            "power",
            "center",
            "centre",
            "sector",
            "factor",
            "error",
            "floor",
            "door",
            "major",
            "minor",
            "senior",
            "junior",
            "prior",
            "interior",
            "exterior",
            "superior",
            "inferior",
            "anterior",
            "posterior");

    /** Prepositions that open what a description says of an unnamed source ("a spokeswoman for the X"). */
    private static final Set<String> SOURCE_PREPOSITIONS =
            Set.of("for", "with", "at", "on", "of", "from", "in", "near");

    /**
     * "a spokeswoman for the Revenue and Customs Service of Halverton said", "One paramedic with twelve years'
     * service, who asked not to be named because she …, said": an unnamed source that opens the clause of the verb at
     * {@code v} (the sentence, or what follows an opening phrase and its comma), described by a noun for a person
     * and what follows it up to the verb. The source is that description, never a name or a pronoun inside it.
     */
    Mention openingTheClause(Document doc, int v, int lo) {
        int st = -1;
        for (int j = lo; j < v && j - lo < 12; j++) {
            Token t = doc.token(j);
            boolean opensClause = j == lo
                    || (doc.token(j - 1).is(",")
                            && j - 1 > lo
                            && OPENING_PHRASES.contains(doc.token(lo).lower()));
            if (t.word() && QUANTIFIERS.contains(t.lower()) && !t.isLower("the") && opensClause) {
                st = j;
                break;
            }
            if (isQuoteMark(t)) {
                return null;
            }
        }
        if (st < 0 || v - st > 45) {
            return null;
        }
        int h = -1;
        for (int j = st + 1; j < v && j - st <= 4; j++) {
            Token t = doc.token(j);
            if (!t.word() || t.capitalized()) {
                return null;
            }
            Token next = doc.token(j + 1);
            boolean closes = next.is(",") || next.isLower("who") || SOURCE_PREPOSITIONS.contains(next.lower());
            boolean person = lex.roleNoun(t.lower()) == Lexicons.NounClass.ROLE
                    || lex.roleNoun(t.lower()) == Lexicons.NounClass.GROUP
                    || ((lex.isAgentNoun(t.lower()) || lex.isAgentPlural(t.lower()))
                            && !NOT_AGENTS.contains(t.lower())
                            && !t.lower().endsWith("ent")
                            && !t.lower().endsWith("ant"));
            if (person && closes && j + 1 < v) {
                h = j;
                break;
            }
        }
        if (h < 0) {
            return null;
        }
        for (int j = h + 1; j + 1 < v; j++) {
            if (doc.token(j).is(",") && doc.token(j + 1).capitalized()) {
                return null; // "A new campaign manager, Bill Millis, said": the name is the source
            }
        }
        boolean clause = false;
        for (int j = h + 1; j < v; j++) {
            Token t = doc.token(j);
            if ((isQuoteMark(t) && !possessiveApostrophe(doc, j)) || t.is(";") || t.is(":")) {
                return null;
            }
            clause |= t.isLower("who") || t.isLower("which") || t.isLower("because");
        }
        if (clause && !doc.token(v - 1).is(",")) {
            return null; // "who asked not to be named because his buyers had not been told": a verb inside the clause
        }
        int end = h + 1;
        if (SOURCE_PREPOSITIONS.contains(doc.token(end).lower())) {
            while (end < v && !doc.token(end).is(",") && !doc.token(end).isLower("who")) {
                end++; // "for the Revenue and Customs Service of Halverton": what the source is, kept in its mention
            }
        }
        Token head = doc.token(h);
        return new Mention(
                doc.token(st).start(),
                doc.token(end - 1).end(),
                st,
                end,
                Mention.Kind.NOMINAL,
                head.start(),
                head.end());
    }

    /** A head noun for a person or people: a listed role or group, or an agent noun (growers, analysts). */
    private boolean describesPeople(String head) {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        String singular = h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
        return lex.roleNoun(h) == Lexicons.NounClass.ROLE
                || lex.roleNoun(h) == Lexicons.NounClass.GROUP
                || lex.roleNoun(singular) == Lexicons.NounClass.ROLE
                || lex.isAgentNoun(h)
                || lex.isAgentPlural(h);
    }

    /**
     * "One grower near Ebbing, who asked …, said": a place after an unnamed source's description belongs to it, so
     * the source is the description, not the place's name.
     */
    Mention withPlace(Document doc, Mention m, int lo) {
        int p = m.firstToken() - 1;
        if (m.kind() != Mention.Kind.NAME || p - 1 < lo) {
            return m;
        }
        Token prep = doc.token(p);
        if (!(prep.is("near") || prep.is("in") || prep.is("from") || prep.is("at") || prep.is("outside"))) {
            return m;
        }
        Mention np = nounPhrases.npEndingAt(doc, p - 1, lo, false, 1);
        if (np == null
                || np.kind() != Mention.Kind.NOMINAL
                || !QUANTIFIERS.contains(doc.token(np.firstToken()).lower())
                || doc.token(np.firstToken()).is("the")) {
            return m;
        }
        return new Mention(
                np.start(), m.end(), np.firstToken(), m.endToken(), Mention.Kind.NOMINAL, np.headStart(), np.headEnd());
    }
}
