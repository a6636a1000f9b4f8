package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** UNER's IOB2 files read as sentences with entities. */
class UnerReaderTest {

    private static final String FILE = """
            # newdoc id = test-doc-1
            # sent_id = test-doc-1-0001
            # text = Ilse Varga left Port Tessaly .
            1\tIlse\tB-PER\t-\t-
            2\tVarga\tI-PER\t-\t-
            3\tleft\tO\t-\t-
            4\tPort\tB-LOC\t-\t-
            5\tTessaly\tI-LOC\t-\t-
            6\t.\tO\t-\t-

            # sent_id = test-doc-1-0002
            1\tthe\tO\t-\t-
            2\tunion\tI-ORG\t-\t-
            3\tvoted\tO\t-\t-
            """;

    @Test
    void readsSentencesDocumentsAndEntities() throws IOException {
        List<LabeledSentence> sentences = UnerReader.read(new StringReader(FILE));
        assertThat(sentences).hasSize(2);
        LabeledSentence first = sentences.get(0);
        assertThat(first.document()).isEqualTo("test-doc-1");
        assertThat(first.words()).containsExactly("Ilse", "Varga", "left", "Port", "Tessaly", ".");
        assertThat(first.entities())
                .containsExactly(new EntitySpan(0, 2, EntityType.PERSON), new EntitySpan(3, 5, EntityType.PLACE));
        assertThat(sentences.get(1).entities()).containsExactly(new EntitySpan(1, 2, EntityType.ORGANIZATION));
    }

    @Test
    void refusesAnUnknownTag() {
        assertThatThrownBy(() -> UnerReader.read(new StringReader("1\tVarga\tB-GPE\t-\t-\n")))
                .hasMessageContaining("unknown tag B-GPE");
    }
}
