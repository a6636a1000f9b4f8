package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static dev.saywho.attribution.engine.stage.StageDocuments.tokenIndex;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;

/** {@link SubjectFinder}: the speaker phrase before or after a cue, a sentence's subject and a long subject's name. */
class SubjectFinderTest {

    private final Lexicons lex = Lexicons.standard();
    private final SubjectFinder subjects = new SubjectFinder(lex);

    /** The subject ending before the first {@code verb}; {@code apposition} receives a skipped apposition's tokens. */
    private Mention before(Document doc, String verb, int[] apposition) {
        int v = tokenIndex(doc, verb);
        return subjects.subjectBefore(doc, v, doc.sentenceOf(v).firstToken(), apposition);
    }

    private Mention before(Document doc, String verb) {
        return before(doc, verb, new int[] {-1, -1});
    }

    /** The inverted subject after the first {@code verb}. */
    private Mention after(Document doc, String verb) {
        int v = tokenIndex(doc, verb);
        return subjects.subjectAfter(doc, v + 1, doc.sentenceOf(v).endToken(), false);
    }

    /** The name inside the long subject between the closing quotation mark and {@code verb}. */
    private Mention nameInside(Document doc, String verb) {
        return subjects.nameInside(doc, tokenIndex(doc, "”") + 1, tokenIndex(doc, verb));
    }

    @Test
    void theNameRightBeforeTheCueIsTheSubjectAndAQuoteThereIsNone() {
        Document d = doc("Ilse Varga said the ferry would stay.");
        Mention m = before(d, "said");
        assertThat(m.kind()).isEqualTo(Mention.Kind.NAME);
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(10);
        assertThat(m.head(d.text())).isEqualTo("Ilse Varga");
        assertThat(m.firstToken()).isZero();
        assertThat(m.endToken()).isEqualTo(2);

        Document adverbs = doc("Varga has repeatedly said the ferry would stay.");
        assertThat(before(adverbs, "said").text(adverbs.text())).isEqualTo("Varga");

        // "“…,” said the harbour master": nothing before the verb but the quote, so the cue must be inverted
        assertThat(before(doc("“The ferry stays,” said the harbour master."), "said"))
                .isNull();
    }

    @Test
    void roleWordsBeforeANameBelongToTheMentionButNotToItsHead() {
        Document d = doc("Harbour minority leader Otto Brenn said the ferry would stay.");
        Mention m = before(d, "said");
        assertThat(m.text(d.text())).isEqualTo("Harbour minority leader Otto Brenn");
        assertThat(m.headStart()).isEqualTo(24);
        assertThat(m.headEnd()).isEqualTo(34);
        assertThat(m.head(d.text())).isEqualTo("Otto Brenn");
    }

    @Test
    void anAppositionBeforeTheCueIsSkippedAndItsTokensRecorded() {
        Document d = doc("Otto Brenn, a pilot for the Tessaly Harbour Authority, said the ferry would stay.");
        int[] apposition = {-1, -1};
        Mention m = before(d, "said", apposition);
        assertThat(m.text(d.text())).isEqualTo("Otto Brenn");
        assertThat(apposition).containsExactly(3, 10);
        assertThat(d.text()
                        .substring(
                                d.token(apposition[0]).start(),
                                d.token(apposition[1] - 1).end()))
                .isEqualTo("a pilot for the Tessaly Harbour Authority");

        Document described = doc("The spokeswoman, Marta Quill, said the ferry would stay.");
        Mention named = before(described, "said");
        assertThat(named.kind()).isEqualTo(Mention.Kind.NAME);
        assertThat(named.text(described.text())).isEqualTo("The spokeswoman, Marta Quill");
        assertThat(named.head(described.text())).isEqualTo("Marta Quill");
    }

    @Test
    void aLongSubjectWithOfKeepsItsComplementButNotAsTheHead() {
        Document role = doc("The former secretary of state said the ferry would stay.");
        Mention m = before(role, "said");
        assertThat(m.kind()).isEqualTo(Mention.Kind.NOMINAL);
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(29);
        assertThat(m.head(role.text())).isEqualTo("secretary");

        Document name = doc("Joel Marchetti of the Orrin Institute said the ferry would stay.");
        Mention n = before(name, "said");
        assertThat(n.kind()).isEqualTo(Mention.Kind.NAME);
        assertThat(n.text(name.text())).isEqualTo("Joel Marchetti of the Orrin Institute");
        assertThat(n.head(name.text())).isEqualTo("Joel Marchetti");
    }

    @Test
    void theNameInsideALongSubjectIsItsLastFullNameBeforeOf() {
        Document spokeswoman = doc("“The ferry stays,” Tessaly Harbour Authority spokeswoman Marta Quill said.");
        assertThat(nameInside(spokeswoman, "said").head(spokeswoman.text())).isEqualTo("Marta Quill");

        Document mayor = doc("“The ferry stays,” Mayor Varga of Port Tessaly said.");
        Mention m = nameInside(mayor, "said");
        assertThat(m.head(mayor.text()))
                .as("the title is not the name, the place after of is not")
                .isEqualTo("Varga");
        assertThat(m.start()).isEqualTo(19);
        assertThat(m.end()).isEqualTo(46);
        assertThat(m.text(mayor.text())).isEqualTo("Mayor Varga of Port Tessaly");

        assertThat(nameInside(doc("“The ferry stays,” the crowd on the pier said."), "said"))
                .isNull();
    }

    @Test
    void theInvertedSubjectAfterTheCue() {
        Document nominal = doc("“The ferry stays,” said the harbour master.");
        Mention m = after(nominal, "said");
        assertThat(m.kind()).isEqualTo(Mention.Kind.NOMINAL);
        assertThat(m.start()).isEqualTo(24);
        assertThat(m.end()).isEqualTo(42);
        assertThat(m.head(nominal.text())).isEqualTo("master");

        Document employer = doc("“The ferry stays,” said Tessaly News’ Ilse Varga.");
        assertThat(after(employer, "said").head(employer.text()))
                .as("the possessor is the employer")
                .isEqualTo("Ilse Varga");

        Document source = doc("“The ferry stays,” said a source involved in the talks.");
        Mention s = after(source, "said");
        assertThat(s.text(source.text())).isEqualTo("a source involved in the talks");
        assertThat(s.head(source.text())).isEqualTo("source");

        assertThat(after(doc("“The ferry stays,” he said, “and the toll stays too.”"), "said"))
                .as("punctuation right after the verb: no inverted subject")
                .isNull();
    }

    @Test
    void theSentenceSubjectComesAfterAnIntroductoryPhraseAndItsComma() {
        Document d = doc("In an interview on Monday, Ilse Varga called the plan “bold.”");
        Mention m = subjects.sentenceSubjectMention(d, d.sentences().get(0));
        assertThat(m.start()).isEqualTo(27);
        assertThat(m.end()).isEqualTo(37);
        assertThat(m.head(d.text())).isEqualTo("Ilse Varga");

        // without the comma that would close it, "Early Tuesday" could pass for the start of a name
        Document noComma = doc("Early Tuesday Ilse Varga called the plan “bold.”");
        Sentence s = noComma.sentences().get(0);
        assertThat(subjects.sentenceSubjectMention(noComma, s)).isNull();
    }
}
