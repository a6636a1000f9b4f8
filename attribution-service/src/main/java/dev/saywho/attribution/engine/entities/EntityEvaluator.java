package dev.saywho.attribution.engine.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.saywho.attribution.engine.learn.CommandLine;
import dev.saywho.attribution.engine.syntax.SyntaxModel;

/**
 * Scores an entity model on the test sets (exact-span F1 per type and micro-averaged, predicted UPOS tags from the
 * shipped tagger), prints its manifest, then times loading and one-thread recognition. Usage:
 * {@code EntityEvaluator <model-dir | classpath> <ud-dir> [--runs N]}.
 */
public final class EntityEvaluator {

    private EntityEvaluator() {}

    /** Scores {@code model} on gold sentences, counting only the {@code scored} types. */
    public static SpanEvaluation evaluate(
            EntityModel model, List<LabeledSentence> gold, EntityTrainer.Tagging tagging, Set<EntityType> scored) {
        SpanEvaluation e = new SpanEvaluation(scored);
        for (LabeledSentence s : gold) {
            List<String> tags = model.needsTags() ? tagging.tag(s.words()) : null;
            e.add(s.entities(), model.recognize(s.words(), tags));
        }
        return e;
    }

    /** {@link #evaluate} with the shipped tagger. */
    public static SpanEvaluation evaluate(EntityModel model, List<LabeledSentence> gold, Set<EntityType> scored) {
        SyntaxModel syntax = SyntaxModel.load();
        return evaluate(model, gold, syntax::tag, scored);
    }

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                "usage: EntityEvaluator <model-dir | classpath> <ud-dir> [--runs N]",
                2,
                2,
                Set.of("--runs"),
                Set.of());
        int runs = cl.option("--runs", 5);
        long t0 = System.nanoTime();
        EntityModel model = cl.model(0, EntityModel::load, EntityModel::load);
        System.out.printf(
                Locale.ROOT,
                "model loaded in %.2f s%n%s%n",
                (System.nanoTime() - t0) / 1e9,
                model.manifest().text());
        Path ud = cl.path(1);
        SyntaxModel syntax = SyntaxModel.load();
        List<List<String>> words = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (EntityData test : EntityData.TESTS) {
            List<LabeledSentence> gold = test.read(ud);
            System.out.println(test.label() + " (" + gold.size() + " sentences):");
            System.out.println(
                    evaluate(model, gold, syntax::tag, test.annotatedTypes()).report());
            for (LabeledSentence s : gold) {
                words.add(s.words());
                tags.add(syntax.tag(s.words()));
            }
        }
        long tokens = words.stream().mapToLong(List::size).sum();
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long sink = 0;
            for (int s = 0; s < words.size(); s++) {
                sink += model.recognize(words.get(s), tags.get(s)).size();
            }
            rates[r] = tokens / ((System.nanoTime() - start) / 1e9);
            if (sink < 0) {
                System.out.println();
            }
        }
        Arrays.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "recognition (tags given), one thread: median %.0f words/s over %d runs of %d words%n",
                rates[runs / 2],
                runs,
                tokens);
    }
}
