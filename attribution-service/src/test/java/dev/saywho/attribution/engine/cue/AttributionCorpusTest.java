package dev.saywho.attribution.engine.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus reader: code points become UTF-16 offsets, and a malformed line is refused with its number. */
class AttributionCorpusTest {

    @Test
    void codePointOffsetsBecomeJavaOffsets(@TempDir Path dir) throws IOException {
        // "𝐀" is one code point and two UTF-16 chars: the content after it starts one char later in Java
        String line = "{\"id\":\"t:1\",\"text\":\"𝐀 Ada said the pier is safe.\",\"quotes\":[{\"type\":\"indirect\","
                + "\"fragments\":[[11,27]],\"cueFragments\":[[6,10]],\"speakerFragments\":[[2,5]]}]}";
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, line + "\n\n", StandardCharsets.UTF_8);
        AttributionCorpus.Article a = AttributionCorpus.read(file).get(0);
        AttributionCorpus.Attribution q = a.attributions().get(0);
        assertThat(a.text().substring(q.content().get(0)[0], q.content().get(0)[1]))
                .isEqualTo("the pier is safe");
        assertThat(a.text().substring(q.cue().get(0)[0], q.cue().get(0)[1])).isEqualTo("said");
        assertThat(a.text().substring(q.source().get(0)[0], q.source().get(0)[1]))
                .isEqualTo("Ada");
    }

    @Test
    void aBadLineIsRefusedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"x\",\"quotes\":[]}\n{not json\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AttributionCorpus.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("c.jsonl:2");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"abc\",\"quotes\":[{\"fragments\":[[1,9]]}]}\n");
        assertThatThrownBy(() -> AttributionCorpus.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside the text");
        Files.writeString(file, "{\"text\":\"abc\",\"quotes\":[]}\n");
        assertThatThrownBy(() -> AttributionCorpus.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("needs an id");
    }

    @Test
    void aCorpusIsBoundedWhereItEnters(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        String longText = "a".repeat(AttributionCorpus.MAX_ARTICLE_CHARS + 1);
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"" + longText + "\",\"quotes\":[]}\n");
        assertThatThrownBy(() -> AttributionCorpus.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("at most " + AttributionCorpus.MAX_ARTICLE_CHARS + " chars");
        String line = "{\"id\":\"a\",\"text\":\"x\",\"quotes\":[]}\n";
        Files.writeString(file, line.repeat(AttributionCorpus.MAX_ARTICLES));
        assertThat(AttributionCorpus.read(file)).hasSize(AttributionCorpus.MAX_ARTICLES);
        Files.writeString(file, line.repeat(AttributionCorpus.MAX_ARTICLES + 1));
        assertThatThrownBy(() -> AttributionCorpus.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than " + AttributionCorpus.MAX_ARTICLES + " articles");
    }
}
