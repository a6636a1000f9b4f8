package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.PRONOUNS;
import static dev.saywho.attribution.engine.stage.QuoteMarks.isQuoteMark;

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

/** The rule {@code in-source}: a sentence opened by "In" and a poll, report or statement reports its main clause. */
final class InSourceRule {

    static final Rule RULE = RuleCatalog.standard().rule("in-source");

    private static final Set<String> OWNER_WORDS = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> SOURCE_DOCUMENTS = Set.of(
            "poll",
            "polls",
            "survey",
            "surveys",
            "study",
            "report",
            "analysis",
            "memo",
            "letter",
            "filing",
            "complaint",
            "lawsuit",
            "statement",
            "editorial",
            "column",
            "op-ed",
            "book",
            "email",
            "tweet",
            "documents",
            "data");

    private final Lexicons lex;
    private final ContentFinder contents;

    InSourceRule(Lexicons lex, ContentFinder contents) {
        this.lex = lex;
        this.contents = contents;
    }

    /**
     * "In the latest Tessaly Courier poll, 61 percent back the toll.": a sentence opened by a poll, report or
     * statement reports its main clause, unless that clause has a speech cue of its own.
     */
    void apply(Document doc, Sentence s, List<Frame> frames) {
        int f = s.firstToken();
        int end = s.endToken();
        if (f + 2 >= end || !doc.token(f).is("In")) {
            return;
        }
        int comma = -1;
        int head = -1;
        for (int k = f + 1; k < end && k - f <= 12; k++) {
            Token t = doc.token(k);
            if (t.is(",")) {
                comma = k;
                break;
            }
            if (!t.word() && !t.is("/") && !t.is("-") && !t.is("’s") && !t.is("'s")) {
                return;
            }
            if (t.word() && (PRONOUNS.contains(t.lower()) || OWNER_WORDS.contains(t.lower()))) {
                // "In his statement, …": the owner speaks in the clause
                return;
            }
            if (SOURCE_DOCUMENTS.contains(t.lower())) {
                head = k;
            }
        }
        if (comma < 0 || head < 0 || comma + 1 >= end) {
            return;
        }
        for (int k = comma + 1; k < end; k++) {
            Token t = doc.token(k);
            if ((t.word() && !t.capitalized() && (lex.speechVerb(t.lower()) != null || t.isLower("according")))
                    || isQuoteMark(t)) {
                return;
            }
        }
        List<int[]> content = contents.clauseFrom(doc, s, comma + 1);
        if (content == null) {
            return;
        }
        Token first = doc.token(f + 1);
        Token last = doc.token(comma - 1);
        Mention m = new Mention(
                first.start(),
                last.end(),
                f + 1,
                comma,
                Mention.Kind.NOMINAL,
                doc.token(head).start(),
                doc.token(head).end());
        frames.add(new Frame(RULE, doc.token(f).start(), doc.token(f).end(), m, content, s.index(), -1, -1));
    }
}
