package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.firstTokenAt;
import static dev.saywho.attribution.engine.stage.QuoteMarks.isQuoteMark;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code dash-signature}: "“…” ― Carla Ruiz", a quote signed with a dash and a capitalised name of at most
 * four words, followed by the end of the text, a period, a comma, a quotation mark or a new paragraph.
 */
final class DashSignatureRule {

    static final Rule RULE = RuleCatalog.standard().rule("dash-signature");

    private DashSignatureRule() {}

    /** Adds a frame for every signed quote of the document. */
    static void apply(Document doc, List<Frame> frames) {
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.closeMark() < 0) {
                continue;
            }
            int k = firstTokenAt(doc, 0, q.closeMark() + 1, doc.tokenCount());
            if (k + 1 >= doc.tokenCount()) {
                continue;
            }
            Token dash = doc.token(k);
            if (!(dash.is("―") || dash.is("—") || dash.is("–"))
                    || !doc.token(k + 1).capitalized()) {
                continue;
            }
            int e = k + 1;
            while (e < doc.tokenCount() && e - k <= 4 && doc.token(e).capitalized()) {
                e++;
            }
            if (e < doc.tokenCount()
                    && !isQuoteMark(doc.token(e))
                    && !doc.token(e).is(".")
                    && doc.sentenceOf(e).paragraph() == doc.sentenceOf(k).paragraph()
                    && !doc.token(e).is(",")) {
                continue;
            }
            Token f = doc.token(k + 1);
            Token l = doc.token(e - 1);
            Mention m = new Mention(f.start(), l.end(), k + 1, e, Mention.Kind.NAME, f.start(), l.end());
            frames.add(new Frame(
                    RULE,
                    dash.start(),
                    dash.end(),
                    m,
                    q.pieces(),
                    doc.sentenceOf(k).index(),
                    -1,
                    -1));
        }
    }
}
