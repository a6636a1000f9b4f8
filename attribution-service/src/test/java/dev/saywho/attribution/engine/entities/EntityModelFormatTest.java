package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.learn.ModelManifest;

/** A model file that knows itself: what does not match this code is refused with a message that says why. */
class EntityModelFormatTest {

    private static EntityModel model;

    @BeforeAll
    static void train() throws IOException {
        model = EntityModelTest.train(3);
    }

    /** The tiny model with one manifest entry changed, written and read back. */
    private static void readWith(String key, String value) throws IOException {
        EntityModel changed = new EntityModel(
                model.manifest().with(key, value), model.features(), model.weights(), model.gazetteer());
        EntityModel.read(new ByteArrayInputStream(EntityModelTest.bytes(changed)));
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
    void refusesAnotherComponent() {
        assertThatThrownBy(() -> readWith(ModelManifest.COMPONENT, "syntax"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("component 'syntax', not 'entities'");
    }

    @Test
    void refusesANewerFormat() {
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "2"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2 is newer than this code reads (1)");
    }

    @Test
    void refusesADescriptorThatDoesNotMatchItsHash() {
        assertThatThrownBy(() -> readWith(ModelManifest.FEATURES, "bias@1 word@1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not match its hash");
    }

    @Test
    void refusesFeaturesThisCodeGeneratesDifferently() {
        String descriptor = model.manifest().get(ModelManifest.FEATURES).replace("shape@1", "shape@2");
        EntityModel changed = new EntityModel(
                model.manifest()
                        .with(ModelManifest.FEATURES, descriptor)
                        .with(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(descriptor)),
                model.features(),
                model.weights(),
                model.gazetteer());
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(EntityModelTest.bytes(changed))))
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
    void refusesWeightsThatDoNotFitTheManifest() {
        assertThatThrownBy(() -> readWith(ModelManifest.WEIGHTS_BITS, "20"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bits");
    }

    @Test
    void refusesAManifestWithoutAComponent() throws IOException {
        java.util.Map<String, String> entries =
                new java.util.LinkedHashMap<>(model.manifest().entries());
        entries.remove(ModelManifest.COMPONENT);
        EntityModel changed =
                new EntityModel(new ModelManifest(entries), model.features(), model.weights(), model.gazetteer());
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(EntityModelTest.bytes(changed))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no component");
    }

    @Test
    void refusesACorruptManifest() {
        assertThatThrownBy(() -> ModelManifest.parse("component=entities\nformat 1\n"))
                .hasMessageContaining("line 2 is not key=value");
        assertThatThrownBy(() -> ModelManifest.parse("format=1\nformat=1\n")).hasMessageContaining("twice");
    }

    @Test
    void refusesSomethingElseAndATruncatedFile() throws IOException {
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
        byte[] written = EntityModelTest.bytes(model);
        byte[] cut = Arrays.copyOf(written, written.length / 2);
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class);
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
