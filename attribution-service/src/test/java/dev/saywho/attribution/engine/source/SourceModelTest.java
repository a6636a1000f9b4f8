package dev.saywho.attribution.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.NamedWeights;

/** The source model file: what it reads, the candidate it picks, and the files it refuses. */
class SourceModelTest {

    private static final String HEAD =
            "# a model written for this test\nformat\tsaywho-source/1\nfeatures\t" + SourceCandidates.VERSION + "\n";

    private static SourceModel read(String body) throws IOException {
        return SourceModel.read(new StringReader(HEAD + body));
    }

    private static SourceCandidates.Candidate candidate(boolean current, String... features) {
        return new SourceCandidates.Candidate(null, current, List.of(features));
    }

    @Test
    void picksTheCandidateWhoseFeaturesWeighMost() throws IOException {
        SourceModel m = read("weight\tcurrent\t1.0\nweight\tpath=^advcl/nsubj\t2.5\nweight\tpath=/obj\t-1\n");
        List<SourceCandidates.Candidate> candidates = List.of(
                candidate(true, "current", "path=/obj"),
                candidate(false, "path=^advcl/nsubj"),
                candidate(false, "nobody"));
        assertThat(m.score(candidates.get(0))).isEqualTo(0.0);
        assertThat(m.score(candidates.get(1))).isEqualTo(2.5);
        assertThat(m.choose(candidates)).isEqualTo(1);
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void theRulesChoiceKeepsATieAndNoCandidatesIsNoChoice() throws IOException {
        SourceModel m = read("weight\tpath=/nsubj\t1.0\n");
        assertThat(m.choose(List.of(candidate(false, "path=/nsubj"), candidate(true, "current", "path=/nsubj"))))
                .isEqualTo(1);
        assertThat(m.choose(List.of(candidate(false, "a"), candidate(false, "b"))))
                .isZero();
        assertThat(m.choose(List.of())).isEqualTo(-1);
    }

    @Test
    void theShippedModelNamesItsCorpusAndPrefersTheClauseSubjectForAParticiple() {
        SourceModel m = SourceModel.shipped();
        assertThat(m.manifest())
                .containsEntry("features", SourceCandidates.VERSION)
                .containsEntry("corpus", "polnear-dev");
        assertThat(m.manifest().get("corpus.sha256")).hasSize(64);
        assertThat(m.size()).isBetween(50, NamedWeights.MAX_WEIGHTS);
        // "…, said Varga, warning that …": the subject of the clause the participle hangs on, not its object
        double subject = m.score(candidate(false, "path=^advcl/nsubj", "tag=PROPN", "rel=nsubj"));
        double object = m.score(candidate(false, "path=/obj", "tag=NOUN", "rel=obj"));
        assertThat(subject).isGreaterThan(object);
    }

    @Test
    void refusesAnotherFormatOrFeatureVersion() {
        assertThatThrownBy(() -> SourceModel.read(new StringReader("format\tsaywho-confidence/1\nfeatures\tx\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a source model of format saywho-source/1");
        assertThatThrownBy(() ->
                        SourceModel.read(new StringReader("format\tsaywho-source/1\nfeatures\tsource-features-0\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fitted on features source-features-0")
                .hasMessageContaining("./saywho train-source");
    }

    @Test
    void refusesWeightsOverTheLimitAndRepeatedOnes() {
        assertThatThrownBy(() -> read("weight\tcurrent\t50.5\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 4");
        assertThatThrownBy(() -> read("weight\tcurrent\tNaN\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("weight\tcurrent\t1\nweight\tcurrent\t2\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("given twice");
    }
}
