package dev.saywho.attribution.engine.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.saywho.attribution.engine.learn.CommandLine;

/**
 * Trains the syntax model from the UD English treebanks (EWT train plus GUM Wikimedia train), deterministically for a
 * seed, and reports its scores on the dev files. Usage:
 * {@code SyntaxTrainer <ud-dir> <out-dir> [--seed N] [--epochs N] [--tagger-epochs N] [--folds N] [--invert B]}.
 */
public final class SyntaxTrainer {

    static final List<String> TRAIN = List.of("en_ewt-ud-train.conllu", "en_gum-wikimedia-train.conllu");
    static final List<String> DEV = List.of("en_ewt-ud-dev.conllu", "en_gum-wikimedia-dev.conllu");

    private SyntaxTrainer() {}

    /** Training settings; the defaults are those of the shipped model. */
    record Settings(long seed, int parserEpochs, int taggerEpochs, int folds, boolean invert) {
        static final Settings DEFAULT = new Settings(1, 15, 10, 4, true);
    }

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                "usage: SyntaxTrainer <ud-dir> <out-dir> [--seed N] [--epochs N] [--tagger-epochs N]"
                        + " [--folds N] [--invert true|false]",
                2,
                2,
                Set.of("--seed", "--epochs", "--tagger-epochs", "--folds", "--invert"),
                Set.of());
        Path ud = cl.path(0);
        Path out = cl.path(1);
        Settings d = Settings.DEFAULT;
        Settings settings = new Settings(
                cl.option("--seed", d.seed()),
                cl.option("--epochs", d.parserEpochs()),
                cl.option("--tagger-epochs", d.taggerEpochs()),
                cl.option("--folds", d.folds()),
                cl.option("--invert", d.invert()));
        long start = System.nanoTime();
        List<ConllSentence> train = new ArrayList<>();
        for (String f : TRAIN) {
            train.addAll(ConllReader.read(ud.resolve(f)));
        }
        System.out.printf("read %d training sentences%n", train.size());
        SyntaxModel model = train(train, settings, true);
        model.save(out);
        System.out.printf(
                "trained and saved in %.1f s: %s (%d bytes)%n",
                (System.nanoTime() - start) / 1e9,
                out.resolve(SyntaxModel.FILE_NAME),
                Files.size(out.resolve(SyntaxModel.FILE_NAME)));
        for (String f : DEV) {
            Path p = ud.resolve(f);
            if (Files.exists(p)) {
                System.out.println(
                        f + ": " + Evaluation.of(model, ConllReader.read(p)).report());
            }
        }
    }

    static SyntaxModel train(List<ConllSentence> train, Settings settings, boolean verbose) {
        Random random = new Random(settings.seed());
        long t0 = System.nanoTime();
        // Jackknifing: the parser learns from tags as noisy as those it will see, each fold tagged by a tagger that
        // never saw it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(settings.seed() * 31 + 7));
        int[][] predicted = new int[train.size()][];
        int[][] predictedX = new int[train.size()][];
        long right = 0;
        long rightX = 0;
        long total = 0;
        for (int fold = 0; fold < settings.folds(); fold++) {
            List<ConllSentence> rest = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                if (k % settings.folds() == fold) {
                    held.add(order.get(k));
                } else {
                    rest.add(train.get(order.get(k)));
                }
            }
            Taggers t = trainTaggers(rest, settings.taggerEpochs(), random);
            for (int si : held) {
                ConllSentence s = train.get(si);
                Words w = new Words(s.forms());
                predicted[si] = t.upos.tag(w, null);
                predictedX[si] = t.xpos.tag(w, predicted[si]);
                for (int i = 0; i < s.size(); i++) {
                    total++;
                    if (predicted[si][i] == t.upos.index(s.upos().get(i))) {
                        right++;
                    }
                    if (predictedX[si][i] == t.xpos.index(s.xpos().get(i))) {
                        rightX++;
                    }
                }
            }
        }
        if (verbose) {
            System.out.printf(
                    "jackknifed tags (%d folds): %.2f%% UPOS, %.2f%% XPOS, %.1f s%n",
                    settings.folds(),
                    100.0 * right / Math.max(1, total),
                    100.0 * rightX / Math.max(1, total),
                    (System.nanoTime() - t0) / 1e9);
        }
        long t1 = System.nanoTime();
        Taggers taggers = trainTaggers(train, settings.taggerEpochs(), random);
        Lemmatizer lemmatizer = Lemmatizer.train(train);
        if (verbose) {
            System.out.printf("taggers and lemmatizer: %.1f s%n", (System.nanoTime() - t1) / 1e9);
        }
        List<String> labels = Parser.labelSet(train);
        List<Parser.Example> examples = new ArrayList<>();
        int nonProjective = 0;
        int inverted = 0;
        int comma = taggers.xpos.index(",");
        for (int si = 0; si < train.size(); si++) {
            ConllSentence s = train.get(si);
            if (!s.projective()) {
                nonProjective++;
                continue;
            }
            examples.add(example(s, predicted[si], predictedX[si], labels, taggers.upos));
            if (settings.invert()) {
                Inversion inv = Inversion.of(s, predicted[si], predictedX[si], comma);
                if (inv != null && inv.sentence().projective()) {
                    examples.add(example(inv.sentence(), inv.tags(), inv.xtags(), labels, taggers.upos));
                    inverted++;
                }
            }
        }
        if (verbose) {
            System.out.printf("parser: %d inverted quotatives added (\"CLAUSE, said X.\")%n", inverted);
        }
        if (verbose) {
            System.out.printf(
                    "parser: %d projective sentences (%d non-projective left out), %d labels%n",
                    examples.size(), nonProjective, labels.size());
        }
        long t2 = System.nanoTime();
        Parser parser = Parser.train(examples, labels, settings.parserEpochs(), random, verbose);
        if (verbose) {
            System.out.printf("parser: %.1f s%n", (System.nanoTime() - t2) / 1e9);
        }
        return new SyntaxModel(taggers.upos, taggers.xpos, lemmatizer, parser, Casing.train(train));
    }

    private static Parser.Example example(ConllSentence s, int[] tags, int[] xtags, List<String> labels, Tagger upos) {
        int[] rels = new int[s.size()];
        int[] heads = new int[s.size()];
        for (int i = 0; i < rels.length; i++) {
            rels[i] = labels.indexOf(s.deprels().get(i));
            heads[i] = s.head(i);
        }
        Words words = new Words(s.forms());
        words.ambiguity = upos.ambiguities(words);
        return new Parser.Example(words, tags, xtags, heads, rels);
    }

    private record Taggers(Tagger upos, Tagger xpos) {}

    /** The UPOS tagger, then the XPOS tagger, which learns with the gold UPOS tags as context. */
    private static Taggers trainTaggers(List<ConllSentence> train, int epochs, Random random) {
        Tagger upos = Tagger.train(train, Tagger.UPOS_OF, null, epochs, random);
        List<int[]> context = new ArrayList<>();
        for (ConllSentence s : train) {
            int[] gold = new int[s.size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = upos.index(s.upos().get(i));
            }
            context.add(gold);
        }
        Tagger xpos = Tagger.train(train, Tagger.XPOS_OF, context, epochs, random);
        return new Taggers(upos, xpos);
    }
}
