package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** GUM's entity mentions read as flat named entities aligned with UNER, on a treebank fragment written for the test. */
class GumEntitiesTest {

    private static final String TREEBANK = """
            # newdoc id = GUM_news_tessaly
            # sent_id = s1
            1\tMayor\tMayor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-1,2,3-coref-Ilse_Varga
            2\tIlse\tIlse\tPROPN\tNNP\t_\t3\tcompound\t_\t_
            3\tVarga\tVarga\tPROPN\tNNP\t_\t9\tnsubj\t_\t_
            4\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_
            5\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(2-organization-new-sssss-cf2-2,3,4-coref
            6\tTessaly\tTessaly\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(3-place-new-sssss-cf3-1-sgl)
            7\tHarbour\tHarbour\tPROPN\tNNP\t_\t8\tcompound\t_\t_
            8\tAuthority\tAuthority\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=2)1)
            9\tvisited\tvisited\tVERB\tVBD\t_\t0\troot\t_\t_
            10\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(4-place-new-sssss-cf4-2,3-sgl
            11\tUnited\tUnited\tVERB\tNNP\t_\t12\tamod\t_\t_
            12\tStates\tStates\tPROPN\tNNPS\t_\t9\tobj\t_\tEntity=4)
            13\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_

            # sent_id = s2
            1\tThe\tThe\tDET\tDT\t_\t2\tdet\t_\tEntity=(5-person-new-sssss-cf1-2-coref
            2\tAmericans\tAmericans\tPROPN\tNNPS\t_\t3\tnsubj\t_\tEntity=5)
            3\tmet\tmet\tVERB\tVBD\t_\t0\troot\t_\t_
            4\tEmperor\tEmperor\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(6-person-new-sssss-cf1-1-coref
            5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_
            6\tVellmar\tVellmar\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(7-place-new-sssss-cf1-1-sgl)6)
            7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_
            8\tMay\tMay\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(8-time-new-nnnnn-cf2-1-sgl)
            9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

            # newdoc id = GUM_bio_varga
            # sent_id = s3
            1\tVarga\tVarga\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)
            2\tread\tread\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(9-abstract-new-sssss-cf1-2,3-sgl
            4\tHarbour\tHarbour\tPROPN\tNNP\t_\t5\tcompound\t_\t_
            5\tCharter\tCharter\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=9)
            6\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_
            7\ta\ta\tDET\tDT\t_\t8\tdet\t_\tEntity=(10-abstract-new-sssss-cf1-2-sgl
            8\treport\treport\tNOUN\tNN\t_\t5\tconj\t_\tEntity=10)
            9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """;

    private static final Set<String> TITLES = Set.of("Mayor", "Mr.");

    private static List<LabeledSentence> read() throws IOException {
        return GumEntities.read(new StringReader(TREEBANK), TITLES::contains);
    }

    private static List<String> names(LabeledSentence s) {
        return s.entities().stream()
                .map(e -> String.join(" ", s.words().subList(e.start(), e.end())) + "/" + e.type())
                .toList();
    }

    @Test
    void theNameInsideTheMentionWithoutTitlesDeterminersOrNestedNames() throws IOException {
        LabeledSentence s = read().get(0);
        assertThat(s.document()).isEqualTo("GUM_news_tessaly");
        assertThat(names(s))
                .containsExactly("Ilse Varga/PERSON", "Tessaly Harbour Authority/ORGANIZATION", "United States/PLACE");
    }

    @Test
    void groupsTitlesWithOfAndTimesAreNotNames() throws IOException {
        LabeledSentence s = read().get(1);
        assertThat(s.document()).isEqualTo("GUM_news_tessaly");
        assertThat(names(s)).containsExactly("Vellmar/PLACE");
    }

    @Test
    void namedOtherThingsAreOtherAndCommonNounsAreNothing() throws IOException {
        LabeledSentence s = read().get(2);
        assertThat(s.document()).isEqualTo("GUM_bio_varga");
        assertThat(names(s)).containsExactly("Varga/PERSON", "Harbour Charter/OTHER");
    }
}
