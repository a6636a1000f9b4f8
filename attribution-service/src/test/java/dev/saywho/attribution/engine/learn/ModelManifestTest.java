package dev.saywho.attribution.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The manifest's text round-trips, a damaged one is refused, and what every component checks in it is checked. */
class ModelManifestTest {

    @Test
    void refusesACorruptManifest() {
        assertThatThrownBy(() -> ModelManifest.parse("component=entities\nformat 1\n"))
                .hasMessageContaining("line 2 is not key=value");
        assertThatThrownBy(() -> ModelManifest.parse("format=1\nformat=1\n")).hasMessageContaining("twice");
    }

    @Test
    void checksTheComponentTheFormatAndTheDescriptor() {
        ModelManifest m = new ModelManifest(Map.of(
                ModelManifest.COMPONENT, "coref",
                ModelManifest.FORMAT, "1",
                ModelManifest.FEATURES, "bias@1",
                ModelManifest.FEATURES_SHA256, ModelManifest.sha256("bias@1")));
        m.requireComponent("coref");
        assertThatThrownBy(() -> m.requireComponent("entities"))
                .hasMessage("this is a model of component 'coref', not 'entities'");
        assertThat(m.format()).isEqualTo(1);
        assertThat(m.verifiedFeatures()).isEqualTo("bias@1");
        assertThatThrownBy(() -> m.with(ModelManifest.FEATURES, "bias@2").verifiedFeatures())
                .hasMessageContaining("does not match its hash");
    }
}
