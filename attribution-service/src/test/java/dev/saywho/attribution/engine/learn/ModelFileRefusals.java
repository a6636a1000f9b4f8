package dev.saywho.attribution.engine.learn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What the model file of every component with a manifest refuses, each refusal naming the component: a component's
 * format test extends this with a small trained model and adds its own refusals (format versions, features, labels).
 */
public abstract class ModelFileRefusals {

    private final String component;
    private final String modelName;

    /**
     * @param component the component's name in its manifest ({@code coref})
     * @param modelName what the component's refusals call its model ({@code coreference model})
     */
    protected ModelFileRefusals(String component, String modelName) {
        this.component = component;
        this.modelName = modelName;
    }

    /** The small model's manifest. */
    protected abstract ModelManifest manifest();

    /** The file of the small model with {@code manifest} in place of its own. */
    protected abstract byte[] fileWith(ModelManifest manifest) throws IOException;

    /** Reads a model file as the component does. */
    protected abstract void read(byte[] file) throws IOException;

    private void readWith(String key, String value) throws IOException {
        read(fileWith(manifest().with(key, value)));
    }

    @Test
    void refusesAnotherComponent() {
        assertThatThrownBy(() -> readWith(ModelManifest.COMPONENT, "syntax"))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "refused " + modelName + ": this is a model of component 'syntax', not '" + component + "'");
    }

    @Test
    void refusesAFormatThatIsNoNumber() {
        assertThatThrownBy(() -> readWith(ModelManifest.FORMAT, "one"))
                .isInstanceOf(IOException.class)
                .hasMessage("refused " + modelName + ": bad format version 'one'");
    }

    @Test
    void refusesADescriptorThatDoesNotMatchItsHash() {
        assertThatThrownBy(() -> readWith(ModelManifest.FEATURES, "bias@1"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("refused " + modelName + ":")
                .hasMessageContaining("does not match its hash");
    }

    @Test
    void refusesWeightsThatDoNotFitTheManifest() {
        assertThatThrownBy(() -> readWith(ModelManifest.WEIGHTS_BITS, "20"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("refused " + modelName + ": the weights have ")
                .hasMessageContaining("bits");
    }

    @Test
    void refusesAManifestWithoutAComponent() {
        Map<String, String> entries = new LinkedHashMap<>(manifest().entries());
        entries.remove(ModelManifest.COMPONENT);
        assertThatThrownBy(() -> read(fileWith(new ModelManifest(entries))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no component");
    }

    @Test
    void refusesSomethingElseAndATruncatedFile() throws IOException {
        assertThatThrownBy(() -> read(new byte[] {1, 2, 3})).isInstanceOf(IOException.class);
        byte[] written = fileWith(manifest());
        byte[] cut = Arrays.copyOf(written, written.length / 2);
        assertThatThrownBy(() -> read(cut)).isInstanceOf(IOException.class);
    }
}
