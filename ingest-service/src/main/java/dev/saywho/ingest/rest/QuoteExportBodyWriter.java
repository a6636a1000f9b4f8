package dev.saywho.ingest.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import dev.saywho.common.StoredQuote;

/** What the quote export formats share: they write a {@link QuoteExport}, one quote at a time, as it is read. */
public abstract class QuoteExportBodyWriter implements MessageBodyWriter<QuoteExport> {

    /** Writes one quote; may throw the output's {@link IOException}. */
    @FunctionalInterface
    interface QuoteSink {
        void write(StoredQuote quote) throws IOException;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return QuoteExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            QuoteExport export,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        write(export, out);
    }

    /** Writes the whole export to {@code out}, flushed, not closed. */
    abstract void write(QuoteExport export, OutputStream out) throws IOException;

    /** Hands every quote of the export to {@code sink}; an output failure ends the export with that failure. */
    static void forEach(QuoteExport export, QuoteSink sink) throws IOException {
        try {
            export.forEach(quote -> {
                try {
                    sink.write(quote);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
