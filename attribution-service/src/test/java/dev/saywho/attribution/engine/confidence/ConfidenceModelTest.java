package dev.saywho.attribution.engine.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The model file: what it reads, the probability it gives, and every file it refuses. */
class ConfidenceModelTest {

    private static final String HEAD =
            "# a model written for this test\nformat\tsaywho-confidence/1\nfeatures\t" + QuoteFeatures.VERSION + "\n";

    private static ConfidenceModel read(String body) throws IOException {
        return ConfidenceModel.read(new StringReader(HEAD + body));
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightsOfItsFeatures() throws IOException {
        ConfidenceModel m = read("weight\tbias\t-1.0\nweight\trule=a\t2.5\nweight\tspeaker=pronoun\t-1.5\n");
        assertThat(m.probability(List.of("bias", "rule=a"))).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
        assertThat(m.probability(List.of("bias", "rule=a", "speaker=pronoun"))).isCloseTo(0.5, within(1e-12));
        // a feature the model never saw weighs nothing; the bias counts once whatever the list says
        assertThat(m.probability(List.of("bias", "rule=unknown"))).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
        assertThat(m.probability(List.of())).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void theShippedModelNamesItsCorpusAndFitsTheseFeatures() {
        ConfidenceModel m = ConfidenceModel.shipped();
        assertThat(m.manifest())
                .containsEntry("features", QuoteFeatures.VERSION)
                .containsEntry("corpus", "polnear-dev");
        assertThat(m.manifest().get("corpus.sha256")).hasSize(64);
        assertThat(m.size()).isBetween(10, ConfidenceModel.MAX_WEIGHTS);
        // a named speaker of a trailing cue is more often right than a pronoun's of a participle
        double strong = m.probability(List.of("bias", "rule=trailing-cue", "speaker=name", "cue=said"));
        double weak = m.probability(List.of("bias", "rule=participle-cue", "speaker=pronoun", "cue=expects"));
        assertThat(strong).isGreaterThan(weak);
    }

    @Test
    void refusesAnotherFormat() {
        assertThatThrownBy(() -> ConfidenceModel.read(new StringReader("format\tother/2\nweight\tbias\t0\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a confidence model of format saywho-confidence/1");
    }

    @Test
    void refusesAnotherFeatureVersion() {
        String file = "format\tsaywho-confidence/1\nfeatures\tquote-features-0\nweight\tbias\t0\n";
        assertThatThrownBy(() -> ConfidenceModel.read(new StringReader(file)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("quote-features-0")
                .hasMessageContaining("train-confidence");
    }

    @Test
    void refusesAModelWithoutBias() {
        assertThatThrownBy(() -> read("weight\trule=a\t1\n")).hasMessageContaining("no 'bias' weight");
    }

    @Test
    void refusesWeightsThatAreNotFiniteOrTooLarge() {
        assertThatThrownBy(() -> read("weight\tbias\tNaN\n")).hasMessageContaining("finite");
        assertThatThrownBy(() -> read("weight\tbias\tInfinity\n")).hasMessageContaining("finite");
        assertThatThrownBy(() -> read("weight\tbias\t50.001\n")).hasMessageContaining("at most 50");
        assertThatThrownBy(() -> read("weight\tbias\tlots\n")).hasMessageContaining("'lots' is not a number");
    }

    @Test
    void aWeightOfExactlyTheLimitIsRead() throws IOException {
        assertThat(read("weight\tbias\t-50\n").probability(List.of())).isGreaterThan(0.0);
    }

    @Test
    void refusesMalformedAndRepeatedLines() {
        assertThatThrownBy(() -> read("weight\tbias\n")).hasMessageContaining("line 4");
        assertThatThrownBy(() -> read("weight\tbias\t0\nweight\tbias\t1\n")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> read("weight\tbias\t0\nformat\tagain\n")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> read("a\tb\tc\td\n")).hasMessageContaining("expected");
    }

    @Test
    void refusesALineOverTheLimit() throws IOException {
        String name = "x".repeat(ConfidenceModel.MAX_LINE - "weight\t\t0".length());
        assertThat(read("weight\tbias\t0\nweight\t" + name + "\t0\n").size()).isEqualTo(2);
        assertThatThrownBy(() -> read("weight\tbias\t0\nweight\t" + name + "y\t0\n"))
                .hasMessageContaining("longer than " + ConfidenceModel.MAX_LINE);
    }

    @Test
    void refusesMoreWeightsThanTheLimit() throws IOException {
        StringBuilder b = new StringBuilder("weight\tbias\t0\n");
        for (int i = 1; i < ConfidenceModel.MAX_WEIGHTS; i++) {
            b.append("weight\tf").append(i).append("\t0.1\n");
        }
        assertThat(read(b.toString()).size()).isEqualTo(ConfidenceModel.MAX_WEIGHTS);
        b.append("weight\tone-more\t0\n");
        assertThatThrownBy(() -> read(b.toString())).hasMessageContaining("more than " + ConfidenceModel.MAX_WEIGHTS);
    }
}
