package dev.saywho.attribution.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConllReaderTest {

    private static final String TWO_SENTENCES = """
            # sent_id = t-1
            # text = Varga didn't sign.
            1\tVarga\tVarga\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t4:nsubj\t_
            2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
            4\tsign\tsign\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

            # sent_id = t-2
            1\tPell\tPell\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj\t_
            2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t0:root\t_
            2.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t0:root\t_
            3\ttoo\ttoo\tADV\tRB\t_\t2\tadvmod\t2:advmod\t_
            """;

    @Test
    void keepsSyntacticWordsAndSkipsRangesAndEmptyNodes() throws IOException {
        List<ConllSentence> sentences = ConllReader.read(new StringReader(TWO_SENTENCES));

        assertThat(sentences).hasSize(2);
        ConllSentence first = sentences.get(0);
        assertThat(first.forms()).containsExactly("Varga", "did", "n't", "sign", ".");
        assertThat(first.lemmas()).containsExactly("Varga", "do", "not", "sign", ".");
        assertThat(first.upos()).containsExactly("PROPN", "AUX", "PART", "VERB", "PUNCT");
        assertThat(first.xpos()).containsExactly("NNP", "VBD", "RB", "VB", ".");
        assertThat(first.heads()).containsExactly(4, 4, 4, 0, 4);
        assertThat(first.deprels()).containsExactly("nsubj", "aux", "advmod", "root", "punct");
        assertThat(sentences.get(1).forms()).containsExactly("Pell", "left", "too");
    }

    @Test
    void tellsProjectiveFromCrossingTrees() throws IOException {
        assertThat(ConllReader.read(new StringReader(TWO_SENTENCES)).get(0).projective())
                .isTrue();
        ConllSentence crossing = new ConllSentence(
                List.of("a", "b", "c", "d"),
                List.of("a", "b", "c", "d"),
                List.of("X", "X", "X", "X"),
                List.of("_", "_", "_", "_"),
                new int[] {3, 0, 2, 2},
                List.of("dep", "root", "dep", "dep"));
        assertThat(crossing.projective()).isFalse();
    }

    @Test
    void refusesATruncatedLine() {
        assertThatThrownBy(() -> ConllReader.read(new StringReader("1\tword\tword\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 1");
    }
}
