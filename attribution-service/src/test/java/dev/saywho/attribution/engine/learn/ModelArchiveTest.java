package dev.saywho.attribution.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model file's frame: what is written is read back, and a file that is not one, or not whole, is refused. */
class ModelArchiveTest {

    private static final ModelArchive ARCHIVE = new ModelArchive(0x54455354, "test model", "not a test model");
    private static final ModelManifest MANIFEST = new ModelManifest(Map.of(ModelManifest.COMPONENT, "test"));
    private static final LinearModel WEIGHTS =
            LinearModel.quantize(2, 4, new float[] {0, 0, 0.5f, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 2}, 0f);

    private static byte[] file(ModelArchive archive, ModelArchive.Writer<DataOutputStream> payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.write(out, MANIFEST, payload);
        return out.toByteArray();
    }

    private static LinearModel read(byte[] file, int classes, int bits) throws IOException {
        DataInputStream in = ARCHIVE.open(new ByteArrayInputStream(file));
        assertThat(ModelArchive.readManifest(in)).isEqualTo(MANIFEST);
        return ARCHIVE.readWeights(in, classes, bits);
    }

    @Test
    void readsWhatItWrites(@TempDir Path dir) throws IOException {
        byte[] file = file(ARCHIVE, WEIGHTS::write);
        assertThat(read(file, 2, 4).sameAs(WEIGHTS)).isTrue();
        ModelArchive.save(dir, out -> out.write(file));
        ModelArchive.Reader<byte[]> bytes = InputStream::readAllBytes;
        assertThat(ModelArchive.load(dir, bytes)).isEqualTo(file);
        assertThat(ModelArchive.load(dir.resolve(ModelArchive.FILE_NAME), bytes))
                .isEqualTo(file);
    }

    @Test
    void refusesAnotherMagicNumber() throws IOException {
        byte[] file = file(new ModelArchive(1, "other model", "-"), WEIGHTS::write);
        assertThatThrownBy(() -> read(file, 2, 4))
                .isInstanceOf(IOException.class)
                .hasMessage("not a test model");
    }

    @Test
    void refusesWeightsThatDoNotFitAndBytesAfterThem() throws IOException {
        assertThatThrownBy(() -> read(file(ARCHIVE, WEIGHTS::write), 3, 4))
                .hasMessage("refused test model: the weights have 2 classes and 4 bits, the manifest says 3 and 4");
        byte[] longer = file(ARCHIVE, out -> {
            WEIGHTS.write(out);
            out.writeByte(0);
        });
        assertThatThrownBy(() -> read(longer, 2, 4)).hasMessage("refused test model: bytes after the weights");
    }

    @Test
    void refusesAManifestLongerThanAnyModelHas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ARCHIVE.write(out, o -> o.writeInt(ModelArchive.MAX_MANIFEST_BYTES + 1));
        DataInputStream in = ARCHIVE.open(new ByteArrayInputStream(out.toByteArray()));
        assertThatThrownBy(() -> ModelArchive.readManifest(in))
                .hasMessage("bad manifest length " + (ModelArchive.MAX_MANIFEST_BYTES + 1));
    }

    @Test
    void aMissingShippedModelFailsTheStart() {
        assertThatThrownBy(() -> ARCHIVE.load("/no/such/model.bin.gz", in -> in))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no test model on the classpath at /no/such/model.bin.gz");
    }
}
