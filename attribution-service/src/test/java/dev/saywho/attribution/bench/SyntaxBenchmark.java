package dev.saywho.attribution.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.corpus.GoldCorpus;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.UdWords;
import dev.saywho.attribution.engine.stage.Segmenter;
import dev.saywho.attribution.engine.syntax.SyntaxModel;

/**
 * JMH benchmark of the syntactic layer: tagging, lemmatizing and parsing, in words per second on one thread, over the
 * sentences of the dev corpus as the engine segments them (or the project's sample article when the corpus is absent).
 * One operation is one word: each invocation parses whole sentences totalling {@value #WORDS_PER_INVOCATION} words.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SyntaxBenchmark {

    static final int WORDS_PER_INVOCATION = 20_000;

    private SyntaxModel model;
    private List<List<String>> sentences;

    @Setup(Level.Trial)
    public void setUp() {
        long start = System.nanoTime();
        model = SyntaxModel.load();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        String[] articles = Files.isRegularFile(GoldCorpus.DEV)
                ? GoldCorpus.read(GoldCorpus.DEV, new ObjectMapper()).stream()
                        .map(GoldCorpus.Article::text)
                        .toArray(String[]::new)
                : new String[] {EngineBenchmark.sampleArticle()};
        Segmenter segmenter = new Segmenter(Lexicons.standard());
        sentences = new ArrayList<>();
        int words = 0;
        for (int a = 0; words < WORDS_PER_INVOCATION; a = (a + 1) % articles.length) {
            Document doc = segmenter.segment(articles[a]);
            for (Sentence s : doc.sentences()) {
                List<String> forms =
                        UdWords.of(doc, s).stream().map(UdWords.Piece::form).toList();
                int take = Math.min(forms.size(), WORDS_PER_INVOCATION - words);
                if (take > 0) {
                    sentences.add(forms.subList(0, take));
                    words += take;
                }
            }
        }
        System.out.printf(
                "%n[bench] syntax model loaded in %d ms; %d sentences, %d words per invocation%n",
                loadMillis, sentences.size(), words);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(WORDS_PER_INVOCATION)
    @Threads(1)
    public int wordsPerSecond1Thread() {
        int roots = 0;
        for (List<String> sentence : sentences) {
            roots += model.parse(sentence).root();
        }
        return roots;
    }
}
