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

    /**
     * What the ingest service exports as training data (GET /api/v1/corrections/export) reads as a corpus: the
     * fixture is the export's line for one reviewed article, and ingest's TrainingExportTest holds the export to it.
     */
    @Test
    void theIngestServicesCorrectionExportIsACorpus() throws IOException {
        Path fixture = Path.of("src/test/resources/corpus/saywho-export.jsonl");
        AttributionCorpus.Article article = AttributionCorpus.read(fixture).get(0);
        assertThat(article.id()).isEqualTo("saywho:article-1");
        assertThat(article.attributions()).hasSize(2);
        AttributionCorpus.Attribution reviewed = article.attributions().get(0);
        AttributionCorpus.Attribution added = article.attributions().get(1);
        assertThat(reviewed.type()).isEqualTo("direct");
        assertThat(span(article, reviewed.content().get(0))).isEqualTo("The ferry sails at dawn");
        assertThat(span(article, reviewed.cue().get(0))).isEqualTo("said");
        assertThat(span(article, reviewed.source().get(0))).isEqualTo("Odile Marrow");
        assertThat(added.type()).isEqualTo("indirect");
        assertThat(span(article, added.content().get(0))).isEqualTo("the pier was unsafe");
        assertThat(added.cue()).isEmpty();
        assertThat(span(article, added.source().get(0))).isEqualTo("Harbour staff");
    }

    private static String span(AttributionCorpus.Article article, int[] range) {
        return article.text().substring(range[0], range[1]);
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
