package dev.saywho.attribution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.EngineResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class BatchAttributionServiceTest {

    private static final int LINES = 40;
    private static final int BATCHES = 8;

    @Test
    void batchesBeyondTheWorkersQueueAreStillAnsweredLineByLineInOrder() throws Exception {
        // one worker, so eight concurrent batches overflow its bounded queue and their own threads take over
        AttributionService slow = new AttributionService(
                text -> {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return EngineResult.empty();
                },
                "test",
                10_000,
                new SimpleMeterRegistry());
        ObjectMapper mapper = new ObjectMapper();
        BatchAttributionService batches = new BatchAttributionService(slow, mapper, 10_000, 1);
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            input.append("{\"id\":\"a").append(i).append("\",\"text\":\"Varga said so.\"}\n");
        }
        byte[] body = input.toString().getBytes(StandardCharsets.UTF_8);
        ExecutorService clients = Executors.newFixedThreadPool(BATCHES);
        try {
            List<Future<String>> outputs = new ArrayList<>();
            for (int b = 0; b < BATCHES; b++) {
                Callable<String> call = () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    batches.attribute(new ByteArrayInputStream(body), out);
                    return out.toString(StandardCharsets.UTF_8);
                };
                outputs.add(clients.submit(call));
            }
            for (Future<String> output : outputs) {
                List<String> lines = output.get().lines().toList();
                assertThat(lines).hasSize(LINES);
                for (int i = 0; i < LINES; i++) {
                    JsonNode item = mapper.readTree(lines.get(i));
                    assertThat(item.path("line").asInt()).isEqualTo(i + 1);
                    assertThat(item.path("id").asText()).isEqualTo("a" + (i + 1));
                    assertThat(item.has("problem") && !item.get("problem").isNull())
                            .isFalse();
                }
            }
        } finally {
            clients.shutdownNow();
            batches.shutdown();
        }
    }
}
