package dev.saywho.ingest.rest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.web.MediaTypes;

/** Writes a {@link QuoteExport} as NDJSON: one stored quote per line, in the API's JSON form. */
@Provider
@Produces(MediaTypes.NDJSON)
public class QuoteNdjsonWriter extends QuoteExportBodyWriter {

    private final ObjectMapper objectMapper;

    public QuoteNdjsonWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    void write(QuoteExport export, OutputStream out) throws IOException {
        OutputStream lines = new BufferedOutputStream(out);
        forEach(export, quote -> {
            lines.write(objectMapper.writeValueAsBytes(quote));
            lines.write('\n');
        });
        lines.flush();
    }
}
