package dev.saywho.attribution.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class InversionTest {

    private static ConllSentence sentence(String conllu) throws IOException {
        return ConllReader.read(new StringReader(conllu)).get(0);
    }

    @Test
    void turnsSubjectSaidClauseIntoClauseSaidSubject() throws IOException {
        ConllSentence s = sentence("""
                1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
                2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
                3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
                4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_
                5\ttolls\ttoll\tNOUN\tNNS\t_\t7\tnsubj\t_\t_
                6\twill\twill\tAUX\tMD\t_\t7\taux\t_\t_
                7\trise\trise\tVERB\tVB\t_\t3\tccomp\t_\t_
                8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
                """);
        int[] tags = {5, 7, 15, 13, 7, 3, 15, 12};

        Inversion inv = Inversion.of(s, tags, tags, 99);

        ConllSentence t = inv.sentence();
        assertThat(t.forms()).containsExactly("Tolls", "will", "rise", ",", "said", "the", "minister", ".");
        assertThat(t.heads()).containsExactly(3, 3, 0, 5, 3, 7, 5, 3);
        assertThat(t.deprels()).containsExactly("nsubj", "aux", "root", "punct", "parataxis", "det", "nsubj", "punct");
        assertThat(t.projective()).isTrue();
        assertThat(inv.tags()).containsExactly(7, 3, 15, 12, 15, 5, 7, 12);
        assertThat(inv.xtags()[3]).isEqualTo(99);
    }

    @Test
    void leavesOtherSentencesAlone() throws IOException {
        // "said" has a further dependent ("on Tuesday"): not of the simple form
        ConllSentence s = sentence("""
                1\tVarga\tVarga\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
                2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
                3\tTuesday\tTuesday\tPROPN\tNNP\t_\t2\tobl:tmod\t_\t_
                4\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_
                5\tworks\twork\tVERB\tVBZ\t_\t2\tccomp\t_\t_
                6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
                """);
        int[] tags = new int[s.size()];
        assertThat(Inversion.of(s, tags, tags, 0)).isNull();
    }
}
