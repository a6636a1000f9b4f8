package dev.saywho.attribution.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.corpus.GoldCorpus;
import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.attribution.engine.RuleCatalog;

/**
 * JMH benchmarks of the attribution engine: articles per second over the dev corpus (or the project's sample article
 * when the corpus is absent) on one and two threads, and the latency distribution for a ~1,000-word article, in a
 * fork limited to a 256 MB heap. Run with the {@code bench} Maven profile (see tools/bench/README.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

    private static final Path SAMPLE = Path.of("..", "samples", "port-tessaly-bridge.txt");
    private static final String FALLBACK_RESOURCE = "/articles/fictional-ferry-strike.txt";
    private static final int LATENCY_WORDS = 1_000;

    /**
     * Which rules run: {@code all}, or {@code surface}: without the rules that read the dependency tree
     * (clausal-complement; tree subjects still repair the few frames that need them), to show what parsing costs.
     */
    @Param({"all", "surface"})
    public String rules;

    private AttributionEngine engine;
    private String[] articles;
    private String thousandWords;

    /** Each benchmark thread walks the articles from its own random starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next = -1;

        String nextOf(String[] articles) {
            next = next < 0 ? ThreadLocalRandom.current().nextInt(articles.length) : (next + 1) % articles.length;
            return articles[next];
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        List<String> precedence = new ArrayList<>(RuleCatalog.standard().defaultCuePrecedence());
        if (rules.equals("surface")) {
            precedence.remove("clausal-complement");
        }
        engine = AttributionEngine.create(new EngineOptions(List.of(), precedence));
        String source;
        if (Files.isRegularFile(GoldCorpus.DEV)) {
            articles = GoldCorpus.read(GoldCorpus.DEV, new ObjectMapper()).stream()
                    .map(GoldCorpus.Article::text)
                    .toArray(String[]::new);
            source = GoldCorpus.DEV.toString();
        } else {
            articles = new String[] {sampleArticle()};
            source = Files.isRegularFile(SAMPLE) ? SAMPLE.toString() : FALLBACK_RESOURCE;
        }
        thousandWords = atLeastWords(articles, LATENCY_WORDS);
        System.out.printf(
                "%n[bench] engine %s; %d article(s) from %s; latency article %d words, %d chars%n",
                engine.version(), articles.length, source, words(thousandWords), thousandWords.length());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public EngineResult articlesPerSecond1Thread(Cursor cursor) {
        return engine.attribute(cursor.nextOf(articles));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public EngineResult articlesPerSecond2Threads(Cursor cursor) {
        return engine.attribute(cursor.nextOf(articles));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public EngineResult latency1000WordArticle() {
        return engine.attribute(thousandWords);
    }

    /** Prints the heap limit, the peak heap use and the process's resident memory, to show the bound holds. */
    @TearDown(Level.Trial)
    public void reportMemory() {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "%n[bench] heap max %d MB, peak heap used %d MB (sum of pool peaks), %s%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, residentMemory());
    }

    private static String residentMemory() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "RSS unknown";
        }
        try {
            List<String> fields = Files.readAllLines(status).stream()
                    .filter(l -> l.startsWith("VmRSS:") || l.startsWith("VmHWM:"))
                    .map(l -> l.replaceAll("\\s+", " "))
                    .toList();
            return String.join(", ", fields) + " (VmHWM = peak RSS)";
        } catch (IOException e) {
            return "RSS unknown";
        }
    }

    static String sampleArticle() {
        try {
            if (Files.isRegularFile(SAMPLE)) {
                return Files.readString(SAMPLE, StandardCharsets.UTF_8);
            }
            try (InputStream in = EngineBenchmark.class.getResourceAsStream(FALLBACK_RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole paragraphs of the articles, in order and cycling if needed, until the text has {@code words} words. */
    static String atLeastWords(String[] articles, int words) {
        List<String> paragraphs = new ArrayList<>();
        for (String article : articles) {
            for (String paragraph : article.split("\\n\\s*\\n|\\n", -1)) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i = (i + 1) % paragraphs.size()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(paragraphs.get(i));
            count += words(paragraphs.get(i));
        }
        return text.toString();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
