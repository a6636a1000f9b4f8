package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.entities.EntityType;

/** GUM's Entity= brackets read as mentions and chains: stacked openings and closings, one-word mentions, documents. */
class CorefGumReaderTest {

    @Test
    void readsTheTinyCorpus() {
        List<CorefDocument> docs = CorefModelTest.tiny();
        assertThat(docs).extracting(CorefDocument::id).containsExactly("test_harbour", "test_fair");
        CorefDocument harbour = docs.get(0);
        List<Mention> ms = harbour.input().mentions();
        assertThat(harbour.input().sentences()).hasSize(4);
        int ilse = CorefModelTest.mention(harbour, 0, 0, 2);
        int authority = CorefModelTest.mention(harbour, 0, 3, 7);
        assertThat(ms.get(ilse)).isEqualTo(new Mention(0, 0, 2, 0, MentionKind.NAME, EntityType.PERSON, null));
        assertThat(ms.get(authority).head()).isEqualTo(6);
        assertThat(ms.get(authority).type()).isEqualTo(EntityType.ORGANIZATION);
        int tessaly = CorefModelTest.mention(harbour, 0, 4, 5);
        assertThat(ms.get(tessaly).type()).isEqualTo(EntityType.PLACE);
        int its = CorefModelTest.mention(harbour, 1, 6, 7);
        int itsBridge = CorefModelTest.mention(harbour, 1, 6, 8);
        assertThat(ms.get(its).kind()).isEqualTo(MentionKind.PRONOUN);
        assertThat(ms.get(itsBridge).kind()).isEqualTo(MentionKind.NOMINAL);
        assertThat(ms.get(itsBridge).type()).as("only names are typed").isNull();
        assertThat(harbour.sameChain(its, authority)).isTrue();
        assertThat(harbour.sameChain(its, itsBridge)).isFalse();
        assertThat(harbour.sameChain(ilse, CorefModelTest.mention(harbour, 3, 2, 3)))
                .as("her")
                .isTrue();
        assertThat(CorefEvaluator.startsChain(harbour, CorefModelTest.mention(harbour, 3, 4, 6)))
                .isTrue();
    }

    private static String conllu(String... misc) {
        StringBuilder b = new StringBuilder("# newdoc id = d\n");
        for (int i = 0; i < misc.length; i++) {
            b.append(i + 1)
                    .append("\tw")
                    .append(i)
                    .append("\tw\tNOUN\t_\t_\t")
                    .append(i == 0 ? 0 : 1)
                    .append('\t')
                    .append(i == 0 ? "root" : "dep")
                    .append("\t_\t")
                    .append(misc[i])
                    .append('\n');
        }
        return b.append('\n').toString();
    }

    @Test
    void stackedBrackets() throws IOException {
        CorefDocument d = GumCoref.read(new StringReader(conllu(
                        "Entity=(3-person-new-_-_-1-coref(4-place-new-_-_-1-sgl)",
                        "_",
                        "Entity=(5-abstract-new-_-_-1-sgl",
                        "Entity=5)3)")))
                .get(0);
        assertThat(d.input().mentions())
                .extracting(m -> m.start() + "-" + m.end())
                .containsExactlyInAnyOrder("0-1", "2-4", "0-4");
        assertThat(d.chains()).doesNotHaveDuplicates();
    }

    @Test
    void refusesUnbalancedBrackets() {
        assertThatThrownBy(() -> GumCoref.read(new StringReader(conllu("Entity=7)"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("closes but never opened");
        assertThatThrownBy(() -> GumCoref.read(new StringReader(conllu("Entity=(7-person-new-_-_-1-coref", "_"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("never closes");
    }
}
