package dev.saywho.attribution.engine.syntax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.learn.CommandLine;

/**
 * Scores a syntax model on CoNLL-U files with gold tokenization and predicted tags (UPOS, UAS, LAS as
 * conll18_ud_eval.py counts them, per-relation F1), then times loading and one-thread tagging and parsing. Usage:
 * {@code SyntaxEvaluator <model-dir | classpath> <file.conllu>... [--runs N]}.
 */
public final class SyntaxEvaluator {

    private SyntaxEvaluator() {}

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                "usage: SyntaxEvaluator <model-dir | classpath> <file.conllu>... [--runs N]",
                2,
                Integer.MAX_VALUE,
                Set.of("--runs"),
                Set.of());
        int runs = cl.option("--runs", 5);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < cl.positional().size(); i++) {
            files.add(cl.path(i));
        }
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        SyntaxModel model = cl.model(0, SyntaxModel::load, SyntaxModel::load);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfter = usedHeap();
        System.out.printf(
                "model loaded in %.2f s, %.1f MB of heap%n", loadSeconds, (heapAfter - heapBefore) / 1048576.0);

        List<List<String>> all = new ArrayList<>();
        for (Path f : files) {
            List<ConllSentence> sentences = ConllReader.read(f);
            System.out.println(
                    f.getFileName() + ": " + Evaluation.of(model, sentences).report());
            sentences.forEach(s -> all.add(s.forms()));
        }
        long tokens = all.stream().mapToLong(List::size).sum();
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long sink = 0;
            for (List<String> s : all) {
                sink += model.parse(s).root();
            }
            rates[r] = tokens / ((System.nanoTime() - start) / 1e9);
            if (sink < 0) {
                System.out.println();
            }
        }
        Arrays.sort(rates);
        System.out.printf(
                "tagging+parsing, one thread: median %.0f tokens/s over %d runs of %d tokens (min %.0f, max %.0f)%n",
                rates[runs / 2], runs, tokens, rates[0], rates[runs - 1]);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
