package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;
import static dev.saywho.attribution.engine.stage.QuoteMarks.*;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code leading-cue}: "The harbour master said the ferry will stop in March." A subject and speech verb
 * before what they report: the subject is the source, and the content is the quote or clause after the verb's
 * complements, cut where the sentence's structure ends the report (a subordinate clause's comma, a relative clause's
 * closing comma). "Berkman said, there seem to be …" and "Ruhle asked Flynn to describe …" report the clause after the
 * comma and the request with its addressee.
 */
final class LeadingCueRule {

    private static final Set<String> SUBORDINATORS = words(
            "as",
            "since",
            "when",
            "after",
            "before",
            "while",
            "though",
            "although",
            "if",
            "because",
            "once",
            "until",
            "whenever",
            "unless");

    static final Rule RULE = RuleCatalog.standard().rule("leading-cue");

    private final ContentFinder contents;

    LeadingCueRule(ContentFinder contents) {
        this.contents = contents;
    }

    /**
     * Adds the rule's frame for {@code cue} with its {@code subject} (and apposition {@code app}), whose complements end
     * at token {@code after}, when a content follows.
     */
    void apply(Document doc, Sentence s, VerbCue cue, Mention subject, int[] app, int after, List<Frame> frames) {
        int v = cue.token();
        String low = cue.lower();
        Token t = doc.token(v);
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        List<int[]> content = contents.contentAfter(doc, s, after, low, cue.verbClass());
        if (content != null
                && content.size() == 1
                && subject.firstToken() - 1 >= s.firstToken()
                && SUBORDINATORS.contains(doc.token(subject.firstToken() - 1).lower())
                && !isQuoteContent(doc, content.get(0)[0])) {
            // "As Trump attacked Clinton, the attendees chanted …": the report ends with its subordinate clause
            int[] c = content.get(0);
            for (int k = after; k < s.endToken() && doc.token(k).start() < c[1]; k++) {
                if (doc.token(k).is(",") && !doc.quoted(doc.token(k).start())) {
                    content = doc.token(k).start() > c[0]
                            ? List.of(new int[] {c[0], doc.token(k).start()})
                            : null;
                    break;
                }
            }
        }
        if (content == null
                && afterTok != null
                && afterTok.is(",")
                && after + 1 < s.endToken()
                && doc.token(after + 1).word()
                && SAY_LIKE.contains(low)) {
            // "In contrast, Berkman said, there seem to be …"
            content = contents.clauseFrom(doc, s, after + 1);
        }
        if (content == null
                && (low.equals("asked") || low.equals("asks") || low.equals("urged") || low.equals("urges"))
                && v + 1 < s.endToken()
                && doc.token(v + 1).word()
                && !doc.quoted(doc.token(v + 1).start())) {
            // "Ruhle asked Flynn to describe Putin": the request with its addressee
            content = contents.clauseFrom(doc, s, v + 1);
        }
        if (content != null
                && content.size() == 1
                && subject.kind() == Mention.Kind.PRONOUN
                && doc.token(subject.firstToken()).isLower("who")) {
            // "Clinton, who called Sanders after the result, told …": a relative clause ends at its closing comma
            content = ContentFinder.untilComma(doc, content.get(0), after, s.endToken());
        }
        if (content != null) {
            int cueEnd = after > v + 1 ? doc.token(after - 1).end() : t.end();
            frames.add(
                    new Frame(RULE, t.start(), Math.max(cueEnd, t.end()), subject, content, s.index(), app[0], app[1]));
        }
    }
}
