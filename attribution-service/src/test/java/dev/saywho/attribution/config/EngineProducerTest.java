package dev.saywho.attribution.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.saywho.attribution.engine.cue.CueModel;

/** {@code saywho.attribution.model} (SAYWHO_ATTRIBUTION_MODEL): the shipped model, none, or a file; a bad one fails. */
class EngineProducerTest {

    @Test
    void shippedIsTheDefaultAndNoneMeansTheRulesAlone() {
        assertThat(EngineProducer.cueModel("shipped")).isSameAs(CueModel.shipped());
        assertThat(EngineProducer.cueModel("")).isSameAs(CueModel.shipped());
        assertThat(EngineProducer.cueModel("none")).isNull();
    }

    @Test
    void aPathLoadsThatModel(@TempDir Path dir) throws IOException {
        CueModel.shipped().save(dir);
        assertThat(EngineProducer.cueModel(dir.toString()).manifest())
                .isEqualTo(CueModel.shipped().manifest());
        assertThat(EngineProducer.cueModel(dir.resolve("model.bin.gz").toString())
                        .label())
                .isEqualTo(CueModel.shipped().label());
    }

    @Test
    void aModelThatCannotBeReadFailsTheStartWithTheReason(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> EngineProducer.cueModel(dir.resolve("missing").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAYWHO_ATTRIBUTION_MODEL")
                .hasMessageContaining("missing");
        Path junk = Files.writeString(dir.resolve("junk.bin.gz"), "not a model");
        assertThatThrownBy(() -> EngineProducer.cueModel(junk.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load the cue model");
        Path coref = dir.resolve("coref");
        Files.createDirectories(coref);
        try (var in = EngineProducerTest.class.getResourceAsStream("/coref/model.bin.gz")) {
            Files.copy(in, coref.resolve("model.bin.gz"));
        }
        assertThatThrownBy(() -> EngineProducer.cueModel(coref.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a Saywho cue model file");
    }
}
