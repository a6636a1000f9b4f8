package dev.saywho.ingest.service;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Writes the articles people reviewed or corrected as a training corpus, one article per line, in the format of
 * {@code ./saywho train} (shared/eval/README.md). Each article is read in its own short transaction (through {@link
 * CorrectionService}), so an export of many articles holds no connection while the client reads.
 */
@ApplicationScoped
public class TrainingExport {

    private final CorrectionService corrections;

    TrainingExport(CorrectionService corrections) {
        this.corrections = corrections;
    }

    /** The corpus as a response body. */
    public StreamingOutput streamingOutput() {
        List<Long> ids = corrections.correctedArticleIds();
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (long id : ids) {
                String line = corrections.trainingLine(id).orElse(null);
                if (line != null) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
            writer.flush();
        };
    }
}
