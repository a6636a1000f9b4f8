package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;

/** A noun phrase the tagger headed with a capitalised noun is a name when a capitalised run leads to that noun. */
class TreeSubjectsTest {

    private static final AttributionEngine ENGINE = AttributionEngine.create(EngineOptions.defaults(), null);

    /** The noun phrase from token {@code from} to the one spelled {@code head}, headed by that noun. */
    private static Mention nounPhrase(Document doc, String from, String head) {
        int first = token(doc, from);
        int last = token(doc, head);
        return new Mention(
                doc.token(first).start(),
                doc.token(last).end(),
                first,
                last + 1,
                Mention.Kind.NOMINAL,
                doc.token(last).start(),
                doc.token(last).end());
    }

    private static int token(Document doc, String text) {
        for (int i = 0; i < doc.tokenCount(); i++) {
            if (doc.token(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text);
    }

    private static String head(String text, Mention m) {
        return text.substring(m.headStart(), m.headEnd());
    }

    @Test
    void aCapitalisedNounAfterACapitalisedRunWithAPossessiveIsAName() {
        String text = "Within hours the Varenby Anglers' Trust warned that the weir would fail.";
        Document doc = ENGINE.read(text);
        Sentence s = doc.sentences().get(0);
        Mention named = TreeSubjects.wholeNameRun(doc, s, nounPhrase(doc, "the", "Trust"));
        assertThat(named.kind()).isEqualTo(Mention.Kind.NAME);
        assertThat(head(text, named)).isEqualTo("Varenby Anglers' Trust");
        assertThat(named.text(text)).isEqualTo("the Varenby Anglers' Trust");
    }

    @Test
    void aLowerCaseHeadOrALoneSentenceOpenerStaysANounPhrase() {
        String poll = "On Monday the Tessaly Courier poll found support for the toll.";
        Document doc = ENGINE.read(poll);
        Mention m = nounPhrase(doc, "the", "poll");
        assertThat(TreeSubjects.wholeNameRun(doc, doc.sentences().get(0), m)).isEqualTo(m);

        // a sentence's first word is capitalised whatever it is: alone before the head it is no evidence of a name
        String opener = "Angry Residents marched to the town hall.";
        Document openerDoc = ENGINE.read(opener);
        Mention residents = nounPhrase(openerDoc, "Angry", "Residents");
        assertThat(TreeSubjects.wholeNameRun(openerDoc, openerDoc.sentences().get(0), residents))
                .isEqualTo(residents);
    }
}
