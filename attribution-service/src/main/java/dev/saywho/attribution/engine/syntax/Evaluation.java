package dev.saywho.attribution.engine.syntax;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a model on gold-tokenized sentences, counted as CoNLL 2018's conll18_ud_eval.py does with gold
 * tokenization: every word (punctuation included); LAS compares the universal part of the relation
 * ({@code acl:relcl} counts as {@code acl}). Per-relation F1 is on full labels (head and relation both right).
 */
public final class Evaluation {

    /** Relations reported one by one. */
    public static final List<String> RELATIONS =
            List.of("nsubj", "ccomp", "parataxis", "obl", "acl:relcl", "xcomp", "obj");

    private long words;
    private long upos;
    private long xpos;
    private long lemma;
    private long uas;
    private long las;
    private long lasFull;
    private final Map<String, long[]> perRelation = new LinkedHashMap<>();

    private Evaluation() {
        for (String r : RELATIONS) {
            perRelation.put(r, new long[3]);
        }
    }

    public static Evaluation of(SyntaxModel model, List<ConllSentence> sentences) {
        Evaluation e = new Evaluation();
        for (ConllSentence s : sentences) {
            e.add(s, model.parse(s.forms()));
        }
        return e;
    }

    void add(ConllSentence gold, Parse parse) {
        for (int i = 0; i < gold.size(); i++) {
            Parse.Word p = parse.words().get(i);
            words++;
            if (p.upos().equals(gold.upos().get(i))) {
                upos++;
            }
            if (p.xpos().equals(gold.xpos().get(i))) {
                xpos++;
            }
            if (p.lemma().equals(gold.lemmas().get(i))) {
                lemma++;
            }
            String goldRel = gold.deprels().get(i);
            boolean head = p.head() == gold.head(i);
            if (head) {
                uas++;
                if (universal(p.relation()).equals(universal(goldRel))) {
                    las++;
                }
                if (p.relation().equals(goldRel)) {
                    lasFull++;
                }
            }
            long[] g = perRelation.get(goldRel);
            if (g != null) {
                g[1]++;
                if (head && p.relation().equals(goldRel)) {
                    g[0]++;
                }
            }
            long[] pr = perRelation.get(p.relation());
            if (pr != null) {
                pr[2]++;
            }
        }
    }

    private static String universal(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    public long words() {
        return words;
    }

    public double uposAccuracy() {
        return pct(upos, words);
    }

    public double xposAccuracy() {
        return pct(xpos, words);
    }

    public double lemmaAccuracy() {
        return pct(lemma, words);
    }

    public double uas() {
        return pct(uas, words);
    }

    public double las() {
        return pct(las, words);
    }

    /** LAS with full relations (subtypes must match too). */
    public double lasFull() {
        return pct(lasFull, words);
    }

    /** F1 (0-100) of a relation in {@link #RELATIONS}: a word counts when both its head and relation are right. */
    public double f1(String relation) {
        long[] c = perRelation.get(relation);
        double p = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double r = c[1] == 0 ? 0 : (double) c[0] / c[1];
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }

    /** Gold count of a relation in {@link #RELATIONS}. */
    public long goldCount(String relation) {
        return perRelation.get(relation)[1];
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "words %d  UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (LAS full labels %.2f)%n",
                words, uposAccuracy(), xposAccuracy(), lemmaAccuracy(), uas(), las(), lasFull()));
        for (String r : RELATIONS) {
            b.append(String.format("  %-10s F1 %.2f  (gold %d)%n", r, f1(r), goldCount(r)));
        }
        return b.toString();
    }
}
