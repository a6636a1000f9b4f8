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
import java.util.TreeSet;
import java.util.function.Function;

import dev.saywho.attribution.engine.learn.Hashing;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.PerceptronTrainer;

/**
 * Greedy left-to-right averaged-perceptron tagger (Collins 2002; features after Ratnaparkhi and Honnibal's "a good
 * POS tagger in about 200 lines", plus ambiguity classes), with a dictionary for frequent unambiguous words. Tags UPOS,
 * or XPOS given the UPOS tags as context. Immutable.
 */
final class Tagger {

    /** The 17 UD v2 universal tags; the class index of a tag is its position here. */
    static final List<String> UPOS = List.of(
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X");

    static final int BITS = 23;
    private static final int MAX_FEATURES = 48;
    private static final long PAD = Hashing.of("<pad>");

    /** A word is in the tag dictionary when seen this often with one tag at least this share of the time. */
    private static final int DICT_MIN_COUNT = 20;

    private static final double DICT_MIN_SHARE = 0.995;
    /** A lower-cased word has an ambiguity class (the tags it takes) when seen at least this often. */
    private static final int AMBIGUITY_MIN_COUNT = 6;
    /** A tag belongs to a word's ambiguity class when it has at least this share of the word's occurrences. */
    private static final double AMBIGUITY_MIN_SHARE = 0.05;
    /** Averaged weights smaller than this are left out of the shipped model. */
    static final float PRUNE = 0f;

    private final List<String> tagset;
    private final Map<String, Integer> index;
    private final LinearModel model;
    /** Exact (normalized) form to tag index for frequent unambiguous words. */
    private final Map<String, Integer> dictionary;
    /** Lower-cased form to the bit set of the tags it takes (its ambiguity class). */
    private final Map<String, Long> ambiguity;

    Tagger(List<String> tagset, LinearModel model, Map<String, Integer> dictionary, Map<String, Long> ambiguity) {
        if (tagset.size() > 63 || model.classes() != tagset.size()) {
            throw new IllegalArgumentException("tag set and model do not match");
        }
        this.tagset = List.copyOf(tagset);
        Map<String, Integer> ix = new HashMap<>();
        for (int i = 0; i < tagset.size(); i++) {
            ix.put(tagset.get(i), i);
        }
        this.index = Map.copyOf(ix);
        this.model = model;
        this.dictionary = Map.copyOf(dictionary);
        this.ambiguity = Map.copyOf(ambiguity);
    }

    List<String> tagset() {
        return tagset;
    }

    /** Index of a tag; unknown tags map to the last tag of the set ({@code X} for UPOS). */
    int index(String tag) {
        Integer i = index.get(tag);
        return i == null ? tagset.size() - 1 : i;
    }

    /** Ambiguity classes of the words, -1 for an unknown word. */
    long[] ambiguities(Words words) {
        long[] a = new long[words.n];
        for (int i = 0; i < words.n; i++) {
            a[i] = ambiguity.getOrDefault(words.lowers[i], -1L);
        }
        return a;
    }

    /** Tags the words; {@code context} (UPOS tags when tagging XPOS) may be null. */
    int[] tag(Words words, int[] context) {
        return pass(model, dictionary, tagset.size(), words, ambiguities(words), context);
    }

    private static int[] pass(
            LinearModel model, Map<String, Integer> dictionary, int classes, Words words, long[] amb, int[] context) {
        int[] tags = new int[words.n];
        long[] feats = new long[MAX_FEATURES];
        float[] acc = new float[classes];
        for (int i = 0; i < words.n; i++) {
            Integer known = dictionary.get(words.norms[i]);
            if (known != null) {
                tags[i] = known;
                continue;
            }
            int nf = features(words, amb, i, tags, context, classes, feats);
            model.score(feats, nf, acc);
            tags[i] = argmax(acc, classes);
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

    private static long at(int[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : i < 0 ? PAD + i : PAD + 1 + i - a.length;
    }

    static int features(Words w, long[] amb, int i, int[] tags, int[] context, int classes, long[] f) {
        int n = 0;
        long p1 = i >= 1 ? tags[i - 1] : classes;
        long p2 = i >= 2 ? tags[i - 2] : classes + 1;
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
        if (context != null) {
            long c0 = context[i];
            f[n++] = Hashing.f(35, c0);
            f[n++] = Hashing.f(36, c0, w.lower[i]);
            f[n++] = Hashing.f(37, c0, w.suffix[2][i]);
            f[n++] = Hashing.f(38, c0, w.suffix[1][i]);
            f[n++] = Hashing.f(39, c0, at(context, i + 1));
            f[n++] = Hashing.f(40, c0, at(context, i - 1), p1);
            f[n++] = Hashing.f(41, c0, at(w.lower, i - 1));
        }
        return n;
    }

    /**
     * Trains on gold tags ({@code gold} picks UPOS or XPOS from a sentence; {@code context} the context tags, or
     * null); sentences are shuffled every epoch with the given random source.
     */
    static Tagger train(
            List<ConllSentence> sentences,
            Function<ConllSentence, List<String>> gold,
            List<int[]> context,
            int epochs,
            Random random) {
        List<String> tagset = gold == UPOS_OF ? UPOS : tagset(sentences, gold);
        Map<String, Integer> ix = new HashMap<>();
        for (int i = 0; i < tagset.size(); i++) {
            ix.put(tagset.get(i), i);
        }
        int unknown = tagset.size() - 1;
        List<Words> words = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        for (ConllSentence s : sentences) {
            words.add(new Words(s.forms()));
            List<String> g = gold.apply(s);
            int[] gi = new int[s.size()];
            for (int i = 0; i < gi.length; i++) {
                gi[i] = ix.getOrDefault(g.get(i), unknown);
            }
            golds.add(gi);
        }
        int classes = tagset.size();
        Map<String, Integer> dictionary = dictionary(words, golds, classes);
        Map<String, Long> ambiguity = ambiguity(words, golds, classes);
        List<long[]> ambs = new ArrayList<>();
        for (Words w : words) {
            long[] a = new long[w.n];
            for (int i = 0; i < w.n; i++) {
                a[i] = ambiguity.getOrDefault(w.lowers[i], -1L);
            }
            ambs.add(a);
        }
        PerceptronTrainer t = new PerceptronTrainer(classes, BITS);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        long[] feats = new long[MAX_FEATURES];
        float[] acc = new float[classes];
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(order, random);
            for (int si : order) {
                Words w = words.get(si);
                int[] g = golds.get(si);
                int[] c = context == null ? null : context.get(si);
                int[] tags = new int[w.n];
                for (int i = 0; i < w.n; i++) {
                    Integer known = dictionary.get(w.norms[i]);
                    if (known != null) {
                        tags[i] = known;
                        continue;
                    }
                    int nf = features(w, ambs.get(si), i, tags, c, classes, feats);
                    t.score(feats, nf, acc);
                    int p = argmax(acc, classes);
                    t.update(feats, nf, g[i], p);
                    t.tick();
                    tags[i] = p;
                }
            }
        }
        return new Tagger(tagset, t.toModel(PRUNE), dictionary, ambiguity);
    }

    /** Picks the UPOS column; passed to {@link #train} for the UPOS tagger. */
    static final Function<ConllSentence, List<String>> UPOS_OF = ConllSentence::upos;
    /** Picks the XPOS column. */
    static final Function<ConllSentence, List<String>> XPOS_OF = ConllSentence::xpos;

    /** The tags of the column in alphabetical order, with "_" (no tag) last. */
    private static List<String> tagset(List<ConllSentence> sentences, Function<ConllSentence, List<String>> gold) {
        TreeSet<String> set = new TreeSet<>();
        for (ConllSentence s : sentences) {
            set.addAll(gold.apply(s));
        }
        set.remove("_");
        List<String> list = new ArrayList<>(set);
        list.add("_");
        return list;
    }

    private static Map<String, Integer> dictionary(List<Words> words, List<int[]> golds, int classes) {
        Map<String, int[]> counts = new HashMap<>();
        for (int s = 0; s < words.size(); s++) {
            Words w = words.get(s);
            for (int i = 0; i < w.n; i++) {
                counts.computeIfAbsent(w.norms[i], k -> new int[classes])[golds.get(s)[i]]++;
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

    private static Map<String, Long> ambiguity(List<Words> words, List<int[]> golds, int classes) {
        Map<String, int[]> counts = new HashMap<>();
        for (int s = 0; s < words.size(); s++) {
            Words w = words.get(s);
            for (int i = 0; i < w.n; i++) {
                counts.computeIfAbsent(w.lowers[i], k -> new int[classes])[golds.get(s)[i]]++;
            }
        }
        Map<String, Long> amb = new HashMap<>();
        counts.forEach((lower, c) -> {
            int total = 0;
            for (int v : c) {
                total += v;
            }
            if (total < AMBIGUITY_MIN_COUNT) {
                return;
            }
            long bits = 0;
            for (int k = 0; k < c.length; k++) {
                if (c[k] >= AMBIGUITY_MIN_SHARE * total) {
                    bits |= 1L << k;
                }
            }
            amb.put(lower, bits);
        });
        return amb;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(tagset.size());
        for (String t : tagset) {
            out.writeUTF(t);
        }
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
            out.writeLong(ambiguity.get(k));
        }
    }

    static Tagger read(DataInputStream in) throws IOException {
        int nt = in.readInt();
        if (nt < 1 || nt > 63) {
            throw new IOException("bad tag set size " + nt);
        }
        List<String> tagset = new ArrayList<>();
        for (int i = 0; i < nt; i++) {
            tagset.add(in.readUTF());
        }
        LinearModel m = LinearModel.read(in);
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad dictionary size");
        }
        Map<String, Integer> dict = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            int v = in.readByte();
            if (v < 0 || v >= nt) {
                throw new IOException("bad tag in dictionary");
            }
            dict.put(k, v);
        }
        n = in.readInt();
        if (n < 0) {
            throw new IOException("bad ambiguity class count");
        }
        Map<String, Long> amb = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            amb.put(k, in.readLong());
        }
        try {
            return new Tagger(tagset, m, dict, amb);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    boolean sameAs(Tagger o) {
        return tagset.equals(o.tagset)
                && model.sameAs(o.model)
                && dictionary.equals(o.dictionary)
                && ambiguity.equals(o.ambiguity);
    }
}
