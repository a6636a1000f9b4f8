package dev.saywho.ingest.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.BatchItemStatus;
import dev.saywho.common.BatchResult;
import dev.saywho.common.Problem;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.web.BoundedLineReader;
import dev.saywho.web.Problems;

/**
 * Ingests an NDJSON stream line by line: each line is stored (or found to be a duplicate, or rejected) and its result
 * written at once; attribution runs concurrently on a bounded pool, outside any transaction. One bad line never
 * affects the others.
 */
@ApplicationScoped
public class BatchIngestService {

    private static final Logger LOG = Logger.getLogger(BatchIngestService.class);
    /** Room for JSON escaping and the metadata fields around the article body. */
    private static final int LINE_OVERHEAD_CHARS = 64 * 1024;

    private final ArticleService articleService;
    private final ObjectMapper objectMapper;
    private final IngestConfig config;
    /** Attributions waiting per worker, over all batches in flight; beyond that an article waits for the retry job. */
    static final int QUEUED_PER_WORKER = 16;

    private final ManagedExecutor attributionPool;

    public BatchIngestService(ArticleService articleService, ObjectMapper objectMapper, IngestConfig config) {
        this.articleService = articleService;
        this.objectMapper = objectMapper;
        this.config = config;
        int workers = config.batch().attributionConcurrency();
        // a managed executor with a bounded queue: each batch bounds its own attributions in flight (a semaphore),
        // and this bounds them over every batch at once
        this.attributionPool = ManagedExecutor.builder()
                .maxAsync(workers)
                .maxQueued(QUEUED_PER_WORKER * workers)
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void shutdown() {
        attributionPool.shutdown();
    }

    /**
     * Reads NDJSON submissions from {@code in} and writes one NDJSON {@link BatchResult} per non-blank line to
     * {@code out}; a line is answered {@code created} only once its article is committed.
     */
    public void ingest(InputStream in, OutputStream out, String instance, String submitter) throws IOException {
        int concurrency = config.batch().attributionConcurrency();
        // Bounds the attributions in flight for this request: reading pauses while all permits are taken.
        Semaphore inFlight = new Semaphore(concurrency);
        BoundedLineReader lines = new BoundedLineReader(in, config.maxArticleChars() * 2 + LINE_OVERHEAD_CHARS);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            long lineNumber = 0;
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                BatchResult result = process(lineNumber, line, instance, submitter, inFlight);
                writer.write(objectMapper.writeValueAsString(result));
                writer.write('\n');
                writer.flush();
            }
        } finally {
            awaitAll(inFlight, concurrency);
        }
        writer.flush();
    }

    private BatchResult process(
            long lineNumber, BoundedLineReader.Line line, String instance, String submitter, Semaphore inFlight) {
        if (line.tooLong()) {
            return rejected(
                    lineNumber,
                    Problems.tooLarge(instance, "Line " + lineNumber + " is longer than the article limit allows."));
        }
        if (line.notUtf8()) {
            return rejected(
                    lineNumber, Problems.malformedJson(instance, "Line " + lineNumber + " is not valid UTF-8."));
        }
        try {
            ArticleSubmission submission = objectMapper.readValue(line.text(), ArticleSubmission.class);
            ArticleService.StoreOutcome outcome = articleService.store(submission, submitter);
            if (!outcome.created()) {
                return new BatchResult(lineNumber, outcome.id(), BatchItemStatus.DUPLICATE, null);
            }
            attributeInBackground(outcome.id(), outcome.text(), inFlight);
            return new BatchResult(lineNumber, outcome.id(), BatchItemStatus.CREATED, null);
        } catch (JsonProcessingException e) {
            return rejected(
                    lineNumber,
                    Problems.malformedJson(instance, "Line " + lineNumber + " is not a JSON article object."));
        } catch (InvalidInputException e) {
            return rejected(lineNumber, Problems.invalidRequest(instance, e.violations()));
        } catch (ArticleTooLargeException e) {
            return rejected(lineNumber, Problems.tooLarge(instance, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(LoggedFailure.of(e), "Batch line %d failed", lineNumber);
            return rejected(lineNumber, Problems.internalError(instance));
        }
    }

    private void attributeInBackground(long articleId, String text, Semaphore inFlight) {
        inFlight.acquireUninterruptibly();
        try {
            attributionPool.execute(() -> {
                try {
                    articleService.attemptAttribution(articleId, text);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException rejected) {
            // The article stays PENDING (claimed until its lease ends); the retry job attributes it later.
            inFlight.release();
        }
    }

    private static void awaitAll(Semaphore inFlight, int concurrency) {
        try {
            if (inFlight.tryAcquire(concurrency, 10, TimeUnit.MINUTES)) {
                inFlight.release(concurrency);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BatchResult rejected(long lineNumber, Problem problem) {
        return new BatchResult(lineNumber, null, BatchItemStatus.REJECTED, problem);
    }
}
