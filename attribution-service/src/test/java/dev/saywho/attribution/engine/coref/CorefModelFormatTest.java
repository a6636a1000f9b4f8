package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.ModelFileRefusals;
import dev.saywho.attribution.engine.learn.ModelManifest;

/** A linker model file that knows itself: what does not match this code is refused with a message that says why. */
class CorefModelFormatTest extends ModelFileRefusals {

    private static CorefModel model;

    @BeforeAll
    static void train() {
        model = CorefModelTest.train(3);
    }

    CorefModelFormatTest() {
        super(CorefModel.COMPONENT, "coreference model");
    }

    @Override
    protected ModelManifest manifest() {
        return model.manifest();
    }

    @Override
    protected byte[] fileWith(ModelManifest manifest) throws IOException {
        return CorefModelTest.bytes(new CorefModel(manifest, model.features(), model.weights()));
    }

    @Override
    protected void read(byte[] file) throws IOException {
        readBack(file);
    }

    private static CorefModel readBack(byte[] file) throws IOException {
        return CorefModel.read(new ByteArrayInputStream(file));
    }

    private CorefModel readBack(ModelManifest manifest) throws IOException {
        return readBack(fileWith(manifest));
    }

    private void readWith(String key, String value) throws IOException {
        readBack(model.manifest().with(key, value));
    }

    @Test
    void itsManifestSaysWhatItIsAndRoundTrips() throws IOException {
        ModelManifest m = model.manifest();
        assertThat(m.get(ModelManifest.COMPONENT)).isEqualTo("coref");
        assertThat(m.get(ModelManifest.FORMAT)).isEqualTo("1");
        assertThat(m.get(ModelManifest.FEATURES)).isEqualTo(CorefFeatureSet.STANDARD);
        assertThat(m.get(ModelManifest.FEATURES_SHA256)).isEqualTo(ModelManifest.sha256(CorefFeatureSet.STANDARD));
        assertThat(m.get(ModelManifest.TRAINING_SEED)).isEqualTo("3");
        assertThat(m.get(ModelManifest.TRAINING_EPOCHS)).isEqualTo("12");
        assertThat(m.get(ModelManifest.TRAINING_DATA + "tiny.conllu")).isEqualTo("sha256:none");
        assertThat(ModelManifest.parse(m.text())).isEqualTo(m);
        assertThat(readBack(m).manifest()).isEqualTo(m);
    }

    @Test
    void refusesAnotherFormatVersion() {
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "2"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2 is not the one this code reads (1)");
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "0"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version 0");
    }

    @Test
    void refusesFeaturesThisCodeGeneratesDifferently() {
        String descriptor = CorefFeatureSet.STANDARD.replace("agreement@1", "agreement@2");
        assertThatThrownBy(() -> readBack(model.manifest()
                        .with(ModelManifest.FEATURES, descriptor)
                        .with(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(descriptor))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("trained with feature generator agreement@2 but this code generates agreement@1")
                .hasMessageContaining("retrain");
    }

    @Test
    void refusesAnUnknownGenerator() {
        String descriptor = CorefFeatureSet.STANDARD + " salience@1";
        assertThatThrownBy(() -> readBack(model.manifest()
                        .with(ModelManifest.FEATURES, descriptor)
                        .with(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(descriptor))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown feature generator 'salience'");
    }

    @Test
    void theShippedModelLoadsAndNeverSawGumTest() {
        ModelManifest m = CorefModel.load().manifest();
        assertThat(m.get(ModelManifest.COMPONENT)).isEqualTo(CorefModel.COMPONENT);
        assertThat(m.get(ModelManifest.FEATURES)).isEqualTo(CorefFeatureSet.STANDARD);
        assertThat(m.entries().keySet())
                .filteredOn(k -> k.startsWith(ModelManifest.TRAINING_DATA))
                .contains(
                        ModelManifest.TRAINING_DATA + "en_gum-wikimedia-train.conllu",
                        ModelManifest.TRAINING_DATA + "en_gum-wikimedia-dev.conllu")
                .noneMatch(k -> k.contains("test"));
        assertThat(m.get(ModelManifest.TRAINING_DATE))
                .as("no date: the same seed writes the same bytes")
                .isEqualTo("none");
    }

    @Test
    void theShippedModelWritesBackItsOwnBytes() throws IOException {
        byte[] shipped;
        try (InputStream in = CorefModel.class.getResourceAsStream(CorefModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(CorefModelTest.bytes(CorefModel.load())).isEqualTo(shipped);
    }
}
