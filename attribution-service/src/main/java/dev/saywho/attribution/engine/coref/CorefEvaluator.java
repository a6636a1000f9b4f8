package dev.saywho.attribution.engine.coref;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.saywho.attribution.engine.learn.CommandLine;
import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * Scores a linker model on GUM's Wikimedia test documents (never trained on, nor used to choose anything) beside the
 * rule baseline: antecedent accuracy per anaphor class with gold mentions and the treebank's words, tags, lemmas and
 * trees. Prints the manifest and the load time first. Usage: {@code CorefEvaluator <model-dir | classpath> <ud-dir>}.
 */
public final class CorefEvaluator {

    /** The test file, under the UD directory. */
    public static final String GUM_TEST = "en_gum-wikimedia-test.conllu";

    private CorefEvaluator() {}

    /** Scores {@code model} and the rule baseline on documents with gold chains. */
    public static CorefEvaluation evaluate(CorefModel model, List<CorefDocument> documents) {
        CorefEvaluation e = new CorefEvaluation();
        FeatureSink sink = new FeatureSink();
        for (CorefDocument d : documents) {
            CorefContext c = new CorefContext(d.input(), CorefLexicon.standard());
            for (int m = 0; m < c.n; m++) {
                AnaphorClass cls = c.anaphorClass[m];
                if (cls == null) {
                    continue;
                }
                List<Integer> candidates = CorefModel.candidates(c, m);
                int learned = model.rank(c, m, candidates, sink).best().orElse(-1);
                int k = RuleBaseline.choose(c, m, candidates);
                int rule = k < 0 ? -1 : candidates.get(k);
                boolean starts = startsChain(d, m);
                e.add(cls, right(d, m, learned, starts), right(d, m, rule, starts), starts);
            }
        }
        return e;
    }

    /** Whether no earlier mention of the text belongs to mention {@code m}'s chain. */
    static boolean startsChain(CorefDocument d, int m) {
        List<Mention> mentions = d.input().mentions();
        for (int o = 0; o < mentions.size(); o++) {
            if (o != m && d.sameChain(o, m) && mentions.get(o).precedes(mentions.get(m))) {
                return false;
            }
        }
        return true;
    }

    private static boolean right(CorefDocument d, int anaphor, int chosen, boolean starts) {
        return chosen < 0 ? starts : d.sameChain(anaphor, chosen);
    }

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args, "usage: CorefEvaluator <model-dir | classpath> <ud-dir>", 2, 2, Set.of(), Set.of());
        long t0 = System.nanoTime();
        CorefModel model = cl.model(0, CorefModel::load, CorefModel::load);
        System.out.printf(
                Locale.ROOT,
                "model loaded in %.3f s%n%s%n",
                (System.nanoTime() - t0) / 1e9,
                model.manifest().text());
        List<CorefDocument> test = GumCoref.read(cl.path(1).resolve(GUM_TEST));
        long t1 = System.nanoTime();
        CorefEvaluation e = evaluate(model, test);
        System.out.printf(
                Locale.ROOT,
                "GUM Wikimedia test (%d documents), antecedent accuracy in %%, learned linker and rule baseline"
                        + " (%.2f s):%n%s",
                test.size(),
                (System.nanoTime() - t1) / 1e9,
                e.report());
    }
}
