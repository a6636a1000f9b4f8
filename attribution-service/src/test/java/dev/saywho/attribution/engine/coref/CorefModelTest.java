package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a tiny corpus written for this test ({@code src/test/resources/coref/tiny.conllu}: fictional people and
 * places in GUM's notation): the model learns its anaphors, saves and reloads to the same bytes and answers, and the
 * same seed writes the same bytes.
 */
class CorefModelTest {

    static List<CorefDocument> tiny() {
        try (InputStream in = CorefModelTest.class.getResourceAsStream("/coref/tiny.conllu")) {
            return GumCoref.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorefModel train(long seed) {
        CorefTrainer.Settings settings =
                new CorefTrainer.Settings(seed, 12, 12, 16, 0f, "none", CorefFeatureSet.STANDARD);
        return CorefTrainer.train(
                tiny(), List.of(), settings, CorefTrainer.baseManifest(settings, Map.of("tiny.conllu", "sha256:none")));
    }

    static byte[] bytes(CorefModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    /** Mention index of the mention of document {@code d} at sentence {@code s}, words {@code [start, end)}. */
    static int mention(CorefDocument d, int s, int start, int end) {
        List<Mention> ms = d.input().mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() == s && m.start() == start && m.end() == end) {
                return i;
            }
        }
        throw new AssertionError("no mention at " + s + ":" + start + "-" + end);
    }

    @Test
    void learnsItsTrainingAnaphors() {
        CorefModel model = train(3);
        CorefEvaluation e = CorefEvaluator.evaluate(model, tiny());
        assertThat(e.total(AnaphorClass.values())).isEqualTo(11);
        assertThat(e.accuracy(AnaphorClass.values())).as(e.report()).isEqualTo(1.0);
        CorefDocument harbour = tiny().get(0);
        int[] antecedents = model.antecedents(harbour.input());
        assertThat(antecedents[mention(harbour, 1, 0, 1)])
                .as("She -> Ilse Varga")
                .isEqualTo(mention(harbour, 0, 0, 2));
        assertThat(antecedents[mention(harbour, 3, 4, 6)])
                .as("the dockers start their chain")
                .isEqualTo(-1);
        assertThat(antecedents[mention(harbour, 0, 0, 2)])
                .as("a name is no anaphor")
                .isEqualTo(-1);
    }

    @Test
    void savedAndReloadedAnswersTheSame(@TempDir Path dir) throws IOException {
        CorefModel model = train(3);
        model.save(dir);
        CorefModel read = CorefModel.load(dir);
        assertThat(bytes(read)).isEqualTo(bytes(model));
        assertThat(read.manifest()).isEqualTo(model.manifest());
        assertThat(read.weights().sameAs(model.weights())).isTrue();
        for (CorefDocument d : tiny()) {
            assertThat(read.antecedents(d.input())).isEqualTo(model.antecedents(d.input()));
            for (int m = 0; m < d.input().mentions().size(); m++) {
                List<Integer> candidates = model.candidates(d.input(), m);
                assertThat(read.rank(d.input(), m, candidates)).isEqualTo(model.rank(d.input(), m, candidates));
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        assertThat(bytes(train(5))).isEqualTo(bytes(train(5)));
    }

    @Test
    void readsItsOwnBytes() throws IOException {
        byte[] written = bytes(train(3));
        assertThat(bytes(CorefModel.read(new ByteArrayInputStream(written)))).isEqualTo(written);
    }

    @Test
    void itsContractSaysWhatItNeedsAndAdds() {
        CorefModel model = train(3);
        assertThat(model.contract().name()).isEqualTo("coref");
        assertThat(model.contract().needs()).contains("words", "upos", "dependencies", "mentions");
        assertThat(model.contract().adds()).containsExactly("antecedents");
    }

    @Test
    void scoresAreProbabilitiesOverTheCandidatesAndNone() {
        CorefModel model = train(3);
        CorefDocument fair = tiny().get(1);
        int him = mention(fair, 2, 6, 7);
        List<Integer> candidates = model.candidates(fair.input(), him);
        Ranking r = model.rank(fair.input(), him, candidates);
        double sum = r.none();
        for (double s : r.scores()) {
            assertThat(s).isBetween(0.0, 1.0);
            sum += s;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.best()).hasValue(mention(fair, 2, 0, 2));
        assertThat(r.scoreOf(mention(fair, 2, 0, 2))).isGreaterThan(r.none());
    }
}
