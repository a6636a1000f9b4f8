package dev.saywho.attribution.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.config.AttributionConfig;
import dev.saywho.common.AttributionRequest;
import dev.saywho.common.Problem;
import dev.saywho.web.BoundedLineReader;
import dev.saywho.web.Problems;

/**
 * Attributes an NDJSON stream of requests, writing one result line per input line in input order. Lines are read
 * and answered in chunks, so memory stays bounded whatever the size of the batch; one bad line never fails the others.
 */
@ApplicationScoped
public class BatchAttributionService {

    /** Lines waiting per worker, over all batches in flight, before the request's own thread helps out. */
    static final int QUEUED_PER_WORKER = 16;

    private final AttributionService attribution;
    private final ObjectMapper mapper;
    private final int maxLineLength;
    private final int parallelism;
    private final ManagedExecutor workers;

    @Inject
    BatchAttributionService(AttributionService attribution, ObjectMapper mapper, AttributionConfig config) {
        this(
                attribution,
                mapper,
                config.batch().maxLineLength(),
                config.batch().parallelism() > 0
                        ? config.batch().parallelism()
                        : Runtime.getRuntime().availableProcessors());
    }

    BatchAttributionService(AttributionService attribution, ObjectMapper mapper, int maxLineLength, int parallelism) {
        this.attribution = attribution;
        this.mapper = mapper;
        this.maxLineLength = maxLineLength;
        this.parallelism = parallelism;
        // A managed executor with a bounded queue: at most QUEUED_PER_WORKER lines per worker wait, over all batches
        // in flight; a line refused by a full queue is attributed on the request's own thread, which slows that
        // batch's reading down instead of growing memory.
        this.workers = ManagedExecutor.builder()
                .maxAsync(parallelism)
                .maxQueued(QUEUED_PER_WORKER * parallelism)
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void shutdown() {
        workers.shutdown();
    }

    /** Reads NDJSON requests from {@code in} and writes NDJSON {@link BatchItem}s to {@code out}. */
    public void attribute(InputStream in, OutputStream out) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, maxLineLength);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int chunkSize = parallelism * 4;
        int lineNumber = 0;
        List<Future<BatchItem>> chunk = new ArrayList<>(chunkSize);
        BoundedLineReader.Line line;
        while ((line = reader.next()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            chunk.add(submit(lineNumber, line));
            if (chunk.size() == chunkSize) {
                drain(chunk, writer);
            }
        }
        drain(chunk, writer);
        writer.flush();
    }

    private Future<BatchItem> submit(int lineNumber, BoundedLineReader.Line line) {
        if (line.tooLong()) {
            return CompletableFuture.completedFuture(BatchItem.failure(
                    lineNumber,
                    null,
                    Problems.tooLarge(null, "The line is longer than " + maxLineLength + " characters.")));
        }
        if (line.notUtf8()) {
            return CompletableFuture.completedFuture(
                    BatchItem.failure(lineNumber, null, Problems.malformedJson(null, "The line is not valid UTF-8.")));
        }
        try {
            return workers.submit(() -> attributeLine(lineNumber, line.text()));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(attributeLine(lineNumber, line.text()));
        }
    }

    private BatchItem attributeLine(int lineNumber, String json) {
        AttributionRequest request;
        try {
            request = mapper.readValue(json, AttributionRequest.class);
        } catch (JsonProcessingException e) {
            return BatchItem.failure(
                    lineNumber,
                    null,
                    Problems.malformedJson(
                            null, "The line is not a JSON object of the form {\"id\": ..., \"text\": ...}."));
        }
        String id = request == null ? null : request.id();
        try {
            return BatchItem.success(lineNumber, attribution.attribute(request));
        } catch (InvalidRequestException e) {
            return BatchItem.failure(
                    lineNumber,
                    id,
                    Problems.invalidRequest(null, List.of(new Problem.Violation(e.field(), e.violation()))));
        } catch (TextTooLargeException e) {
            return BatchItem.failure(lineNumber, id, Problems.tooLarge(null, e.getMessage()));
        } catch (EngineFailureException e) {
            return BatchItem.failure(lineNumber, id, Problems.engineFailure(null));
        }
    }

    private void drain(List<Future<BatchItem>> chunk, BufferedWriter writer) throws IOException {
        for (Future<BatchItem> future : chunk) {
            writer.write(mapper.writeValueAsString(await(future)));
            writer.write('\n');
        }
        writer.flush();
        chunk.clear();
    }

    private static BatchItem await(Future<BatchItem> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("batch interrupted"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("attribution failed", e.getCause());
        }
    }
}
