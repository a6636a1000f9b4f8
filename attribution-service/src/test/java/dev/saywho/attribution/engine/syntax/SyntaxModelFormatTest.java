package dev.saywho.attribution.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The model file format: what is written is read back identical, and a damaged file is refused. */
class SyntaxModelFormatTest {

    private static final String TREEBANK = """
            1\tIlse\tIlse\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
            4\tbridge\tbridge\tNOUN\tNN\t_\t6\tnsubj\t_\t_
            5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_
            6\treopen\treopen\tVERB\tVB\t_\t2\tccomp\t_\t_
            7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
            2\tcouncil\tcouncil\tNOUN\tNN\t_\t3\tnsubj\t_\t_
            3\tvoted\tvote\tVERB\tVBD\t_\t0\troot\t_\t_
            4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_
            5\tTuesday\tTuesday\tPROPN\tNNP\t_\t3\tobl\t_\t_
            6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
            """;

    private static SyntaxModel tinyModel() throws IOException {
        List<ConllSentence> train = ConllReader.read(new StringReader(TREEBANK));
        return SyntaxTrainer.train(train, new SyntaxTrainer.Settings(7, 3, 3, 2, true), false);
    }

    private static byte[] bytes(SyntaxModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsEveryWeightAndEveryAnswer() throws IOException {
        SyntaxModel model = tinyModel();
        byte[] written = bytes(model);

        SyntaxModel read = SyntaxModel.read(new ByteArrayInputStream(written));

        assertThat(read.sameAs(model)).isTrue();
        assertThat(bytes(read)).isEqualTo(written);
        List<String> words = List.of("The", "bridge", "said", "Ilse", "would", "reopen", ".");
        assertThat(read.parse(words)).isEqualTo(model.parse(words));
    }

    @Test
    void trainingIsDeterministicForASeed() throws IOException {
        assertThat(bytes(tinyModel())).isEqualTo(bytes(tinyModel()));
    }

    @Test
    void refusesSomethingElse() {
        assertThatThrownBy(() -> SyntaxModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void refusesATruncatedModel() throws IOException {
        byte[] written = bytes(tinyModel());
        byte[] cut = java.util.Arrays.copyOf(written, written.length / 2);
        assertThatThrownBy(() -> SyntaxModel.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theShippedModelWritesBackItsOwnBytes() throws IOException {
        byte[] shipped;
        try (InputStream in = SyntaxModel.class.getResourceAsStream(SyntaxModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(bytes(SyntaxModel.load())).isEqualTo(shipped);
    }
}
