package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.ModelFileRefusals;
import dev.saywho.attribution.engine.learn.ModelManifest;

/** A model file that knows itself: what does not match this code is refused with a message that says why. */
class EntityModelFormatTest extends ModelFileRefusals {

    private static EntityModel model;

    @BeforeAll
    static void train() throws IOException {
        model = EntityModelTest.train(3);
    }

    EntityModelFormatTest() {
        super(EntityModel.COMPONENT, "entity model");
    }

    @Override
    protected ModelManifest manifest() {
        return model.manifest();
    }

    @Override
    protected byte[] fileWith(ModelManifest manifest) throws IOException {
        return EntityModelTest.bytes(new EntityModel(manifest, model.features(), model.weights(), model.gazetteer()));
    }

    @Override
    protected void read(byte[] file) throws IOException {
        EntityModel.read(new ByteArrayInputStream(file));
    }

    /** The tiny model with one manifest entry changed, written and read back. */
    private void readWith(String key, String value) throws IOException {
        read(fileWith(model.manifest().with(key, value)));
    }

    @Test
    void itsManifestSaysWhatItIs() {
        ModelManifest m = model.manifest();
        assertThat(m.get(ModelManifest.COMPONENT)).isEqualTo("entities");
        assertThat(m.get(ModelManifest.FORMAT)).isEqualTo("1");
        assertThat(m.get(ModelManifest.LABELS)).startsWith("O B-PERSON I-PERSON");
        assertThat(m.get(ModelManifest.FEATURES))
                .isEqualTo(FeatureSet.standard(EntityModelTest.GAZETTEER).descriptor());
        assertThat(m.get(ModelManifest.GAZETTEER_ENTRIES)).isEqualTo("3");
        assertThat(m.get(ModelManifest.TRAINING_SEED)).isEqualTo("3");
        assertThat(m.get(ModelManifest.TRAINING_DATA + "test-sentences")).isEqualTo("sha256:none");
        assertThat(ModelManifest.parse(m.text())).isEqualTo(m);
    }

    @Test
    void refusesANewerFormat() {
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "2"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2 is newer than this code reads (1)");
    }

    @Test
    void refusesFeaturesThisCodeGeneratesDifferently() {
        String descriptor = model.manifest().get(ModelManifest.FEATURES).replace("shape@1", "shape@2");
        ModelManifest changed = model.manifest()
                .with(ModelManifest.FEATURES, descriptor)
                .with(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(descriptor));
        assertThatThrownBy(() -> read(fileWith(changed)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("trained with feature generator shape@2 but this code generates shape@1")
                .hasMessageContaining("retrain");
    }

    @Test
    void refusesAGazetteerThatDoesNotMatchItsHash() {
        Gazetteer other = new Gazetteer(java.util.Map.of("Olek", Gazetteer.GIVEN_NAME), java.util.Map.of());
        EntityModel changed = new EntityModel(model.manifest(), model.features(), model.weights(), other);
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(EntityModelTest.bytes(changed))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gazetteer does not match");
    }

    @Test
    void refusesOtherLabels() {
        assertThatThrownBy(() -> readWith(ModelManifest.LABELS, "O B-PER I-PER"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("labels");
    }

    @Test
    void theShippedModelLoadsAndWasNeverTrainedOnATestSet() {
        ModelManifest m = EntityModel.load().manifest();
        assertThat(m.get(ModelManifest.COMPONENT)).isEqualTo(EntityModel.COMPONENT);
        assertThat(m.entries().keySet())
                .filteredOn(k -> k.startsWith(ModelManifest.TRAINING_DATA))
                .contains(
                        ModelManifest.TRAINING_DATA + "en_gum-wikimedia-train.conllu",
                        ModelManifest.TRAINING_DATA + "en_gum-wikimedia-dev.conllu",
                        ModelManifest.TRAINING_DATA + "uner/en_ewt-uner-dev.iob2")
                .noneMatch(k -> k.contains("test"));
        assertThat(m.get(ModelManifest.TRAINING_DATE))
                .as("no date: the same seed writes the same bytes")
                .isEqualTo("none");
    }

    @Test
    void theShippedModelWritesBackItsOwnBytes() throws IOException {
        byte[] shipped;
        try (InputStream in = EntityModel.class.getResourceAsStream(EntityModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(EntityModelTest.bytes(EntityModel.load())).isEqualTo(shipped);
    }
}
