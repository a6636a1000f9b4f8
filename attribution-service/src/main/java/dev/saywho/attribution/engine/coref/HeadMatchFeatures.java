package dev.saywho.attribution.engine.coref;

import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.WordForms;

/**
 * {@code head-match}: for a description, whether the candidate has the same head word, the same head lemma, or holds
 * the head among its words ({@code the authority} and {@code Tessaly Harbour Authority}), by candidate kind; for none,
 * whether any candidate matches.
 */
final class HeadMatchFeatures implements CorefFeature {

    static final int NONE = 0;
    static final int CONTAINED = 1;
    static final int LEMMA = 2;
    static final int EXACT = 3;

    @Override
    public String name() {
        return "head-match";
    }

    @Override
    public int version() {
        return 1;
    }

    /** How the candidate's words match the anaphor's head: {@link #EXACT}, {@link #LEMMA}, {@link #CONTAINED}. */
    static int match(CorefContext c, int anaphor, int candidate) {
        if (c.headLower[anaphor].equals(c.headLower[candidate])) {
            return EXACT;
        }
        if (c.headLemma[anaphor].equals(c.headLemma[candidate])) {
            return LEMMA;
        }
        Mention m = c.mention(candidate);
        List<String> words = c.input.sentences().get(m.sentence()).words();
        for (int i = m.start(); i < m.end(); i++) {
            String w = WordForms.normalize(words.get(i)).toLowerCase(Locale.ROOT);
            if (w.equals(c.headLower[anaphor]) || w.equals(c.headLemma[anaphor])) {
                return CONTAINED;
            }
        }
        return NONE;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        if (cs.context.anaphorClass[cs.anaphor] != AnaphorClass.NOMINAL) {
            return;
        }
        int candidate = cs.get(k);
        int match = match(cs.context, cs.anaphor, candidate);
        out.add(0, match, CorefFeature.value(cs.context.mention(candidate).kind()));
        if (match != NONE) {
            out.add(1, match, CorefFeature.bucket(cs.context.sentenceDistance(cs.anaphor, candidate)));
        }
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        if (cs.context.anaphorClass[cs.anaphor] != AnaphorClass.NOMINAL) {
            return;
        }
        int best = NONE;
        for (int k = 0; k < cs.size(); k++) {
            best = Math.max(best, match(cs.context, cs.anaphor, cs.get(k)));
        }
        out.add(2, best);
    }
}
