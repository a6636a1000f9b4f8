package dev.saywho.ingest.rest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.web.MediaTypes;

/** Writes a {@link QuoteExport} as NDJSON: one stored quote per line, in the API's JSON form. */
@Provider
@Produces(MediaTypes.NDJSON)
public class QuoteNdjsonWriter implements MessageBodyWriter<QuoteExport> {

    private final ObjectMapper objectMapper;

    public QuoteNdjsonWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return QuoteExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(QuoteExport export, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        OutputStream lines = new BufferedOutputStream(out);
        try {
            export.forEach(quote -> {
                try {
                    lines.write(objectMapper.writeValueAsBytes(quote));
                    lines.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lines.flush();
    }
}
