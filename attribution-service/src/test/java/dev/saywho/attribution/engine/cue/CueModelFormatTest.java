package dev.saywho.attribution.engine.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.ModelFileRefusals;
import dev.saywho.attribution.engine.learn.ModelManifest;

/** A cue model file that knows itself: what does not match this code is refused with a message that says why. */
class CueModelFormatTest extends ModelFileRefusals {

    private static CueModel model;

    @BeforeAll
    static void train() throws Exception {
        CueTrainerTest.read();
        model = CueTrainerTest.train(3);
    }

    CueModelFormatTest() {
        super(CueModel.COMPONENT, "cue model");
    }

    @Override
    protected ModelManifest manifest() {
        return model.manifest();
    }

    @Override
    protected byte[] fileWith(ModelManifest manifest) throws IOException {
        return CueTrainerTest.bytes(new CueModel(
                manifest, model.features(), model.weights(), model.gate().weights()));
    }

    @Override
    protected void read(byte[] file) throws IOException {
        CueModel.read(new ByteArrayInputStream(file));
    }

    private void readWith(String key, String value) throws IOException {
        read(fileWith(model.manifest().with(key, value)));
    }

    @Test
    void itsManifestSaysWhatItIsAndHowItScores() {
        ModelManifest m = model.manifest();
        assertThat(m.get(ModelManifest.COMPONENT)).isEqualTo("cue");
        assertThat(m.get(ModelManifest.FORMAT)).isEqualTo("1");
        assertThat(m.get(ModelManifest.FEATURES)).isEqualTo(CueFeatureSet.STANDARD);
        assertThat(m.get(ModelManifest.TRAINING_SEED)).isEqualTo("3");
        assertThat(Double.parseDouble(m.get(CueModel.CALIBRATION_A))).isPositive();
        assertThat(m.get(CueModel.THRESHOLD)).isEqualTo("0.500");
        assertThat(ModelManifest.parse(m.text())).isEqualTo(m);
    }

    @Test
    void refusesAnotherFormatVersion() {
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "2"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2 is not the one this code reads (1)");
    }

    @Test
    void refusesFeaturesThisCodeGeneratesDifferently() {
        String descriptor = CueFeatureSet.STANDARD.replace("subject@1", "subject@2");
        assertThatThrownBy(() -> read(fileWith(model.manifest()
                        .with(ModelManifest.FEATURES, descriptor)
                        .with(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(descriptor)))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("trained with feature generator subject@2 but this code generates subject@1");
    }

    @Test
    void refusesAGateThisCodeDoesNotGenerate() {
        assertThatThrownBy(() -> readWith(CueModel.GATE_FEATURES, "surface@2"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gate was trained with surface@2 but this code generates surface@1");
    }

    @Test
    void refusesACalibrationThatInvertsTheMarginOrAThresholdThatIsNoProbability() {
        assertThatThrownBy(() -> readWith(CueModel.CALIBRATION_A, "-0.5"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("calibration slope calibration.a=-0.5 is not positive");
        assertThatThrownBy(() -> readWith(CueModel.THRESHOLD, "1.5"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("decision.threshold=1.5 is not a probability");
    }

    @Test
    void theShippedModelSaysItsCorpusAndWritesBackItsOwnBytes() throws IOException {
        CueModel shipped = CueModel.shipped();
        ModelManifest m = shipped.manifest();
        assertThat(m.get(CueTrainer.CORPUS)).isEqualTo("polnear-dev");
        assertThat(m.get(ModelManifest.TRAINING_DATA + "dev.jsonl")).startsWith("sha256:");
        assertThat(m.entries().keySet()).noneMatch(k -> k.contains("heldout"));
        assertThat(m.get(ModelManifest.LICENCE)).contains("PolNeAR").contains("weights over features only");
        assertThat(shipped.label()).isEqualTo("cue/polnear-dev@" + m.get(ModelManifest.TRAINING_DATE));
        byte[] file;
        try (InputStream in = CueModel.class.getResourceAsStream(CueModel.RESOURCE)) {
            file = in.readAllBytes();
        }
        assertThat(CueTrainerTest.bytes(shipped)).isEqualTo(file);
        assertThat(file.length).as("model files stay well under 30 MB").isLessThan(2_000_000);
    }

    @Test
    void aLabelStaysShortAndPlainWhateverTheManifestSays() {
        CueModel odd = new CueModel(
                model.manifest()
                        .with(CueTrainer.CORPUS, "a corpus/with a very long name; and\tmore")
                        .with(ModelManifest.TRAINING_DATE, "tomorrow afternoon at three"),
                model.features(),
                model.weights(),
                model.gate().weights());
        assertThat(odd.label()).hasSizeLessThanOrEqualTo(35).matches("cue/[A-Za-z0-9.-]+@[A-Za-z0-9.-]+");
    }
}
