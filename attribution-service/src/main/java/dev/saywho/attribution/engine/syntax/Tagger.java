package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Greedy left-to-right averaged-perceptron UPOS tagger (Collins 2002; features after Ratnaparkhi and Honnibal's
 * "a good POS tagger in about 200 lines"), with a dictionary for frequent unambiguous words. Immutable.
 */
final class Tagger {

    /** The 17 UD v2 universal tags; the class index of a tag is its position here. */
    static final List<String> UPOS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    static final int BITS = 23;
    private static final int MAX_FEATURES = 40;
    /** Start-of-sentence tag index for the history features. */
    private static final int START = UPOS.size();
    private static final long PAD = Hashing.of("<pad>");

    /** A word is in the tag dictionary when seen this often with one tag at least this share of the time. */
    private static final int DICT_MIN_COUNT = 20;
    private static final double DICT_MIN_SHARE = 0.995;
    /** Averaged weights smaller than this are left out of the shipped model. */
    static final float PRUNE = 0f;

    /** A lower-cased word has an ambiguity class (the tags it takes) when seen at least this often. */
    private static final int AMBIGUITY_MIN_COUNT = 6;
    /** A tag belongs to a word's ambiguity class when it has at least this share of the word's occurrences. */
    private static final double AMBIGUITY_MIN_SHARE = 0.05;

    private final LinearModel model;
    /** Exact form to tag index for frequent unambiguous words. */
    private final Map<String, Integer> dictionary;
    /** Lower-cased form to the bit set of the tags it takes (its ambiguity class). */
    private final Map<String, Integer> ambiguity;

    Tagger(LinearModel model, Map<String, Integer> dictionary, Map<String, Integer> ambiguity) {
        this.model = model;
        this.dictionary = Map.copyOf(dictionary);
        this.ambiguity = Map.copyOf(ambiguity);
    }

    /** Ambiguity classes of the words, -1 for an unknown word. */
    private static long[] ambiguities(Words words, Map<String, Integer> ambiguity) {
        long[] a = new long[words.n];
        for (int i = 0; i < words.n; i++) {
            a[i] = ambiguity.getOrDefault(words.lowers[i], -1);
        }
        return a;
    }

    static int index(String upos) {
        int i = UPOS.indexOf(upos);
        return i < 0 ? UPOS.indexOf("X") : i;
    }

    int[] tag(Words words) {
        int[] tags = new int[words.n];
        long[] amb = ambiguities(words, ambiguity);
        long[] feats = new long[MAX_FEATURES];
        float[] acc = new float[UPOS.size()];
        for (int i = 0; i < words.n; i++) {
            Integer known = dictionary.get(words.norms[i]);
            if (known != null) {
                tags[i] = known;
                continue;
            }
            int nf = features(words, amb, i, tags, feats);
            model.score(feats, nf, acc);
            tags[i] = argmax(acc, UPOS.size());
        }
        return tags;
    }

    static int argmax(float[] s, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (s[k] > s[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The value at {@code i}, or a distinct padding value before the start and after the end. */
    private static long at(long[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : i < 0 ? PAD + i : PAD + 1 + i - a.length;
    }

    static int features(Words w, long[] amb, int i, int[] tags, long[] f) {
        int n = 0;
        long p1 = i >= 1 ? tags[i - 1] : START;
        long p2 = i >= 2 ? tags[i - 2] : START + 1;
        f[n++] = Hashing.f(0, 0);
        f[n++] = Hashing.f(1, w.form[i]);
        f[n++] = Hashing.f(2, w.lower[i]);
        for (int k = 0; k < 4; k++) {
            f[n++] = Hashing.f(3 + k, w.prefix[k][i]);
            f[n++] = Hashing.f(7 + k, w.suffix[k][i]);
        }
        f[n++] = Hashing.f(11, w.shape[i]);
        f[n++] = Hashing.f(12, w.flags[i], i == 0 ? 1 : 0);
        f[n++] = Hashing.f(13, p1);
        f[n++] = Hashing.f(14, p1, p2);
        f[n++] = Hashing.f(15, p1, w.lower[i]);
        f[n++] = Hashing.f(16, at(w.lower, i - 1));
        f[n++] = Hashing.f(17, at(w.lower, i - 2));
        f[n++] = Hashing.f(18, at(w.lower, i + 1));
        f[n++] = Hashing.f(19, at(w.lower, i + 2));
        f[n++] = Hashing.f(20, at(w.suffix[2], i - 1));
        f[n++] = Hashing.f(21, at(w.suffix[2], i + 1));
        f[n++] = Hashing.f(22, w.lower[i], at(w.lower, i + 1));
        f[n++] = Hashing.f(23, at(w.lower, i - 1), w.lower[i]);
        f[n++] = Hashing.f(24, p1, w.suffix[2][i]);
        f[n++] = Hashing.f(25, at(w.shape, i + 1));
        f[n++] = Hashing.f(26, at(w.shape, i - 1), w.shape[i]);
        f[n++] = Hashing.f(27, w.flags[i], i + 1 < w.n ? w.flags[i + 1] : -1);
        f[n++] = Hashing.f(28, amb[i]);
        f[n++] = Hashing.f(29, at(amb, i + 1));
        f[n++] = Hashing.f(30, at(amb, i + 2));
        f[n++] = Hashing.f(31, amb[i], at(amb, i + 1));
        f[n++] = Hashing.f(32, p1, amb[i]);
        f[n++] = Hashing.f(33, p1, at(amb, i + 1));
        f[n++] = Hashing.f(34, w.lower[i], at(amb, i + 1));
        return n;
    }

    /** Trains on gold tags; sentences are shuffled every epoch with the given random source. */
    static Tagger train(List<ConllSentence> sentences, int epochs, Random random, boolean verbose) {
        Map<String, Integer> dictionary = dictionary(sentences);
        Map<String, Integer> ambiguity = ambiguity(sentences);
        PerceptronTrainer t = new PerceptronTrainer(UPOS.size(), BITS);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        List<Words> words = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<long[]> ambs = new ArrayList<>();
        for (ConllSentence s : sentences) {
            Words w = new Words(s.forms());
            words.add(w);
            ambs.add(ambiguities(w, ambiguity));
            int[] g = new int[s.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = index(s.upos().get(i));
            }
            gold.add(g);
        }
        long[] feats = new long[MAX_FEATURES];
        float[] acc = new float[UPOS.size()];
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, random);
            int right = 0;
            int total = 0;
            for (int si : order) {
                Words w = words.get(si);
                int[] g = gold.get(si);
                int[] tags = new int[w.n];
                for (int i = 0; i < w.n; i++) {
                    Integer known = dictionary.get(w.norms[i]);
                    if (known != null) {
                        tags[i] = known;
                        continue;
                    }
                    int nf = features(w, ambs.get(si), i, tags, feats);
                    t.score(feats, nf, acc);
                    int p = argmax(acc, UPOS.size());
                    t.update(feats, nf, g[i], p);
                    t.tick();
                    tags[i] = p;
                    total++;
                    if (p == g[i]) {
                        right++;
                    }
                }
            }
            if (verbose) {
                System.out.printf("  tagger epoch %d: %.2f%% on non-dictionary training words%n", e + 1,
                        100.0 * right / Math.max(1, total));
            }
        }
        return new Tagger(t.toModel(PRUNE), dictionary, ambiguity);
    }

    private static Map<String, Integer> dictionary(List<ConllSentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (ConllSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                counts.computeIfAbsent(s.forms().get(i), k -> new int[UPOS.size()])[index(s.upos().get(i))]++;
            }
        }
        Map<String, Integer> dict = new HashMap<>();
        counts.forEach((form, c) -> {
            int total = 0;
            int best = 0;
            for (int k = 0; k < c.length; k++) {
                total += c[k];
                if (c[k] > c[best]) {
                    best = k;
                }
            }
            if (total >= DICT_MIN_COUNT && c[best] >= DICT_MIN_SHARE * total) {
                dict.put(form, best);
            }
        });
        return dict;
    }

    private static Map<String, Integer> ambiguity(List<ConllSentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (ConllSentence s : sentences) {
            Words w = new Words(s.forms());
            for (int i = 0; i < s.size(); i++) {
                counts.computeIfAbsent(w.lowers[i], k -> new int[UPOS.size()])[index(s.upos().get(i))]++;
            }
        }
        Map<String, Integer> amb = new HashMap<>();
        counts.forEach((lower, c) -> {
            int total = 0;
            for (int v : c) {
                total += v;
            }
            if (total < AMBIGUITY_MIN_COUNT) {
                return;
            }
            int bits = 0;
            for (int k = 0; k < c.length; k++) {
                if (c[k] >= AMBIGUITY_MIN_SHARE * total) {
                    bits |= 1 << k;
                }
            }
            amb.put(lower, bits);
        });
        return amb;
    }

    void write(DataOutputStream out) throws IOException {
        model.write(out);
        List<String> keys = new ArrayList<>(dictionary.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
            out.writeByte(dictionary.get(k));
        }
        keys = new ArrayList<>(ambiguity.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
            out.writeInt(ambiguity.get(k));
        }
    }

    static Tagger read(DataInputStream in) throws IOException {
        LinearModel m = LinearModel.read(in);
        if (m.classes() != UPOS.size()) {
            throw new IOException("tagger model has " + m.classes() + " classes");
        }
        int n = in.readInt();
        Map<String, Integer> dict = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            int v = in.readByte();
            if (v < 0 || v >= UPOS.size()) {
                throw new IOException("bad tag in dictionary");
            }
            dict.put(k, v);
        }
        n = in.readInt();
        if (n < 0) {
            throw new IOException("bad ambiguity class count");
        }
        Map<String, Integer> amb = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            amb.put(k, in.readInt());
        }
        return new Tagger(m, dict, amb);
    }

    boolean sameAs(Tagger o) {
        return model.sameAs(o.model) && dictionary.equals(o.dictionary) && ambiguity.equals(o.ambiguity);
    }
}
