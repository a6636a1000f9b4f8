package dev.saywho.attribution.engine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.NamedWeights;

/** The content model file: what it reads, the end it picks, and the files it refuses. */
class ContentModelTest {

    private static final String HEAD =
            "# a model written for this test\nformat\tsaywho-content/1\nfeatures\t" + ContentCandidates.VERSION + "\n";

    private static ContentModel read(String body) throws IOException {
        return ContentModel.read(new StringReader(HEAD + body));
    }

    private static ContentCandidates.Candidate candidate(int end, boolean current, String... features) {
        return new ContentCandidates.Candidate(end, current, List.of(features));
    }

    @Test
    void picksTheEndWhoseFeaturesWeighMostAndTheRulesEndOnATie() throws IOException {
        ContentModel m = read("weight\tcurrent\t1.0\nweight\tcut=,\t2.5\nweight\tcut=end\t-1\n");
        assertThat(m.choose(List.of(
                        candidate(10, false, "cut=in"),
                        candidate(20, false, "cut=,"),
                        candidate(30, true, "current", "cut=end"))))
                .isEqualTo(1);
        assertThat(m.choose(List.of(candidate(10, false, "cut=in"), candidate(20, true, "current", "cut=end"))))
                .isEqualTo(1);
        assertThat(m.choose(List.of(candidate(10, false, "a"), candidate(20, true, "b"))))
                .isEqualTo(1);
        assertThat(m.choose(List.of())).isEqualTo(-1);
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void theShippedModelNamesItsCorpus() {
        ContentModel m = ContentModel.shipped();
        assertThat(m.manifest())
                .containsEntry("features", ContentCandidates.VERSION)
                .containsEntry("corpus", "polnear-dev");
        assertThat(m.manifest().get("corpus.sha256")).hasSize(64);
        assertThat(m.size()).isBetween(50, NamedWeights.MAX_WEIGHTS);
    }

    @Test
    void refusesAnotherFormatOrFeatureVersion() {
        assertThatThrownBy(() -> ContentModel.read(new StringReader("format\tsaywho-source/1\nfeatures\tx\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a content model of format saywho-content/1");
        assertThatThrownBy(() ->
                        ContentModel.read(new StringReader("format\tsaywho-content/1\nfeatures\tcontent-features-0\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fitted on features content-features-0")
                .hasMessageContaining("./saywho train-content");
    }
}
