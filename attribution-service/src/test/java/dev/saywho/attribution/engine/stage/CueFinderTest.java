package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.Sieve;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;

class CueFinderTest {

    private final Lexicons lex = Lexicons.standard();
    private final CueFinder cues = new CueFinder(lex);

    private static String content(Document d, Frame f) {
        return d.text().substring(f.contentStart(), f.contentEnd());
    }

    @Test
    void trailingCueWithAppositionNamesTheSubjectBeforeIt() {
        Document d = doc("“The ferry stays,” Otto Brenn, a pilot for the Tessaly Harbour Authority, said on Monday.");
        List<Frame> frames = cues.find(d);
        assertThat(frames).hasSize(1);
        Frame f = frames.get(0);
        assertThat(f.pattern()).isEqualTo(Sieve.TRAILING_CUE);
        assertThat(f.subject().head(d.text())).isEqualTo("Otto Brenn");
        assertThat(content(d, f)).isEqualTo("The ferry stays,");
        assertThat(f.appositionFirst()).isPositive();
    }

    @Test
    void invertedCueTakesTheNounPhraseAfterTheVerb() {
        Document d = doc("“The ferry stays,” said the harbour master.");
        Frame f = cues.find(d).get(0);
        assertThat(f.pattern()).isEqualTo(Sieve.INVERTED_CUE);
        assertThat(f.subject().text(d.text())).isEqualTo("the harbour master");
        assertThat(f.subject().kind()).isEqualTo(Mention.Kind.NOMINAL);
    }

    @Test
    void leadingCueSkipsObjectAndAdverbials() {
        Document d = doc("Varga told reporters in Port Tessaly on Monday that the toll would stay.");
        Frame f = cues.find(d).get(0);
        assertThat(f.pattern()).isEqualTo(Sieve.LEADING_CUE);
        assertThat(content(d, f)).isEqualTo("that the toll would stay.");
    }

    @Test
    void accordingToBeforeAndAfterTheClause() {
        Document before = doc("According to the harbour service, the ferry will run until June.");
        assertThat(content(before, cues.find(before).get(0))).isEqualTo("the ferry will run until June.");
        Document after = doc("The ferry will run until June, according to the harbour service.");
        assertThat(content(after, cues.find(after).get(0))).isEqualTo("The ferry will run until June");
    }

    @Test
    void pronounSubjects() {
        Document d = doc("She said the bridge was safe.");
        Frame f = cues.find(d).get(0);
        assertThat(f.subject().kind()).isEqualTo(Mention.Kind.PRONOUN);
    }

    @Test
    void cuesInsideQuotesAreIgnored() {
        Document d = doc("“I said no and they said yes,” Varga recalled.");
        assertThat(cues.find(d)).extracting(Frame::pattern).containsExactly(Sieve.TRAILING_CUE);
    }
}
