package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import dev.saywho.attribution.engine.learn.Hashing;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.PerceptronTrainer;

/**
 * Greedy arc-hybrid labelled dependency parser (Kuhlmann et al. 2011) with an averaged perceptron over Zhang and
 * Nivre (2011) style features, trained with the dynamic oracle and exploration of Goldberg and Nivre (2013).
 * The root sits at the bottom of the stack and takes its one dependent only once the buffer is empty, so every
 * parse is a tree with exactly one root word. Immutable.
 */
final class Parser {

    static final int BITS = 24;
    static final String ROOT_LABEL = "root";
    private static final int MAX_FEATURES = 128;
    private static final int SHIFT = 0;
    /** Probability of following a wrong prediction during training (after the first epoch). */
    private static final double EXPLORE = 0.9;

    private static final int EXPLORE_FROM_EPOCH = 1;
    /** Averaged weights smaller than this are left out of the shipped model. */
    static final float PRUNE = 0f;

    private static final long ROOT_WORD = Hashing.of("<root>");
    private static final long NO_WORD = Hashing.of("<none>");
    private static final int ROOT_TAG = Tagger.UPOS.size();
    private static final int NO_TAG = ROOT_TAG + 1;

    private final LinearModel model;
    private final List<String> labels;
    private final int rootLabel;

    Parser(LinearModel model, List<String> labels) {
        this.model = model;
        this.labels = List.copyOf(labels);
        this.rootLabel = labels.indexOf(ROOT_LABEL);
        if (rootLabel < 0 || model.classes() != 1 + 2 * labels.size()) {
            throw new IllegalArgumentException("parser labels do not match the model");
        }
    }

    List<String> labels() {
        return labels;
    }

    /** Heads (1-based, 0 = root) and label indexes for the tagged words. */
    void parse(Words words, int[] tags, int[] xtags, int[] heads, int[] rels) {
        State s = new State(words, tags, xtags, labels.size());
        long[] feats = new long[MAX_FEATURES];
        float[] acc = new float[model.classes()];
        while (!s.terminal()) {
            int nf = s.features(feats);
            model.score(feats, nf, acc);
            int best = -1;
            for (int c = 0; c < acc.length; c++) {
                if (s.valid(c, rootLabel) && (best < 0 || acc[c] > acc[best])) {
                    best = c;
                }
            }
            s.apply(best);
        }
        System.arraycopy(s.heads, 1, heads, 0, words.n);
        System.arraycopy(s.labels, 1, rels, 0, words.n);
    }

    /** One training sentence: words, (predicted) UPOS and XPOS tags, gold heads and label indexes. */
    @SuppressWarnings("ArrayRecordComponent") // the trainer's arrays, never compared or hashed
    record Example(Words words, int[] tags, int[] xtags, int[] heads, int[] labels) {}

    static Parser train(List<Example> examples, List<String> labels, int epochs, Random random, boolean verbose) {
        int nl = labels.size();
        int rootLabel = labels.indexOf(ROOT_LABEL);
        int classes = 1 + 2 * nl;
        PerceptronTrainer t = new PerceptronTrainer(classes, BITS);
        List<Example> order = new ArrayList<>(examples);
        long[] feats = new long[MAX_FEATURES];
        float[] scores = new float[classes];
        int[] costs = new int[classes];
        for (int e = 0; e < epochs; e++) {
            long start = System.nanoTime();
            Collections.shuffle(order, random);
            long states = 0;
            long errors = 0;
            for (Example ex : order) {
                State s = new State(ex.words, ex.tags, ex.xtags, nl);
                while (!s.terminal()) {
                    int nf = s.features(feats);
                    t.score(feats, nf, scores);
                    s.costs(ex.heads, ex.labels, rootLabel, costs);
                    int pred = -1;
                    int gold = -1;
                    int minCost = Integer.MAX_VALUE;
                    for (int c = 0; c < classes; c++) {
                        if (costs[c] < minCost) {
                            minCost = costs[c];
                        }
                    }
                    for (int c = 0; c < classes; c++) {
                        if (costs[c] == Integer.MAX_VALUE) {
                            continue;
                        }
                        if (pred < 0 || scores[c] > scores[pred]) {
                            pred = c;
                        }
                        if (costs[c] == minCost && (gold < 0 || scores[c] > scores[gold])) {
                            gold = c;
                        }
                    }
                    states++;
                    int next = gold;
                    if (costs[pred] > minCost) {
                        errors++;
                        t.update(feats, nf, gold, pred);
                        if (e >= EXPLORE_FROM_EPOCH && random.nextDouble() < EXPLORE) {
                            next = pred;
                        }
                    } else {
                        next = pred;
                    }
                    t.tick();
                    s.apply(next);
                }
            }
            if (verbose) {
                System.out.printf(
                        "  parser epoch %d: %.2f%% transitions wrong, %.1f s%n",
                        e + 1, 100.0 * errors / Math.max(1, states), (System.nanoTime() - start) / 1e9);
            }
        }
        return new Parser(t.toModel(PRUNE), labels);
    }

    static List<String> labelSet(List<ConllSentence> sentences) {
        TreeSet<String> set = new TreeSet<>();
        set.add(ROOT_LABEL);
        for (ConllSentence s : sentences) {
            set.addAll(s.deprels());
        }
        return new ArrayList<>(set);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (String l : labels) {
            out.writeUTF(l);
        }
        model.write(out);
    }

    static Parser read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 1 || n > 1000) {
            throw new IOException("bad label count " + n);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(in.readUTF());
        }
        try {
            return new Parser(LinearModel.read(in), labels);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    boolean sameAs(Parser o) {
        return labels.equals(o.labels) && model.sameAs(o.model);
    }

    /** A parser configuration: stack (the root at its bottom), buffer front, the arcs so far. Word 0 is the root. */
    static final class State {
        final Words words;
        final int[] tags;
        final int[] xtags;
        final int n;
        final int noLabel;
        final int[] stack;
        int sp;
        int b;
        final int[] heads;
        final int[] labels;
        final int[] l1;
        final int[] l2;
        final int[] r1;
        final int[] r2;
        final int[] nLeft;
        final int[] nRight;
        final long[] leftSet;
        final long[] rightSet;
        /** Punctuation words among words 1..i. */
        final int[] punct;

        State(Words words, int[] tags, int[] xtags, int labelCount) {
            this.words = words;
            this.tags = tags;
            this.xtags = xtags;
            this.n = words.n;
            this.noLabel = labelCount;
            stack = new int[n + 1];
            stack[0] = 0;
            sp = 1;
            b = 1;
            heads = new int[n + 1];
            labels = new int[n + 1];
            Arrays.fill(heads, -1);
            l1 = new int[n + 1];
            l2 = new int[n + 1];
            r1 = new int[n + 1];
            r2 = new int[n + 1];
            nLeft = new int[n + 1];
            nRight = new int[n + 1];
            leftSet = new long[n + 1];
            rightSet = new long[n + 1];
            punct = new int[n + 1];
            int pu = Tagger.UPOS.indexOf("PUNCT");
            for (int i = 1; i <= n; i++) {
                punct[i] = punct[i - 1] + (tags[i - 1] == pu ? 1 : 0);
            }
        }

        /** Punctuation words strictly between words a < b, capped at 2. */
        private long punctBetween(int a, int b) {
            return a < 0 || b < 0 || b <= a + 1 ? 0 : Math.min(2, punct[b - 1] - punct[a]);
        }

        boolean terminal() {
            return b > n && sp == 1;
        }

        boolean valid(int c, int rootLabel) {
            if (c == SHIFT) {
                return b <= n;
            }
            boolean left = c <= noLabel;
            int label = left ? c - 1 : c - 1 - noLabel;
            if (left) {
                return sp >= 2 && b <= n && label != rootLabel;
            }
            if (sp < 2) {
                return false;
            }
            if (stack[sp - 2] == 0) {
                return b > n && label == rootLabel;
            }
            return label != rootLabel;
        }

        void apply(int c) {
            if (c == SHIFT) {
                stack[sp++] = b++;
                return;
            }
            boolean left = c <= noLabel;
            int label = left ? c - 1 : c - 1 - noLabel;
            int d = stack[--sp];
            int h = left ? b : stack[sp - 1];
            heads[d] = h;
            labels[d] = label;
            long bit = 1L << (label & 63);
            if (d < h) {
                nLeft[h]++;
                leftSet[h] |= bit;
                if (l1[h] == 0 || d < l1[h]) {
                    l2[h] = l1[h];
                    l1[h] = d;
                } else if (l2[h] == 0 || d < l2[h]) {
                    l2[h] = d;
                }
            } else {
                nRight[h]++;
                rightSet[h] |= bit;
                if (d > r1[h]) {
                    r2[h] = r1[h];
                    r1[h] = d;
                } else if (d > r2[h]) {
                    r2[h] = d;
                }
            }
        }

        /** Dynamic-oracle cost of every transition (Goldberg and Nivre 2013); invalid ones get MAX_VALUE. */
        void costs(int[] gh, int[] gl, int rootLabel, int[] out) {
            Arrays.fill(out, Integer.MAX_VALUE);
            int s0 = stack[sp - 1];
            if (b <= n) {
                int c = 0;
                int hb = gh[b - 1];
                for (int i = 0; i < sp; i++) {
                    int x = stack[i];
                    if (i < sp - 1 && hb == x) {
                        c++;
                    }
                    if (x > 0 && gh[x - 1] == b) {
                        c++;
                    }
                }
                out[SHIFT] = c;
            }
            if (sp >= 2) {
                int s1 = stack[sp - 2];
                int hs0 = gh[s0 - 1];
                int depsInBuffer = 0;
                for (int d = b; d <= n; d++) {
                    if (gh[d - 1] == s0) {
                        depsInBuffer++;
                    }
                }
                if (b <= n) {
                    int c = depsInBuffer + ((hs0 == s1 || (hs0 > b)) ? 1 : 0);
                    for (int l = 0; l < noLabel; l++) {
                        if (l != rootLabel) {
                            out[1 + l] = c + (hs0 == b && gl[s0 - 1] != l ? 1 : 0);
                        }
                    }
                }
                if (s1 != 0 || b > n) {
                    int c = depsInBuffer + (hs0 >= b ? 1 : 0);
                    for (int l = 0; l < noLabel; l++) {
                        if ((s1 == 0) == (l == rootLabel)) {
                            out[1 + noLabel + l] = c + (hs0 == s1 && gl[s0 - 1] != l ? 1 : 0);
                        }
                    }
                }
            }
        }

        private long w(int i) {
            return i < 0 ? NO_WORD : i == 0 ? ROOT_WORD : words.lower[i - 1];
        }

        private long p(int i) {
            return i < 0 ? NO_TAG : i == 0 ? ROOT_TAG : tags[i - 1];
        }

        private long x(int i) {
            return i < 0 ? -2 : i == 0 ? -3 : xtags[i - 1];
        }

        private long a(int i) {
            return i < 0 ? -2 : i == 0 ? -3 : words.ambiguity[i - 1];
        }

        private long l(int i) {
            return i <= 0 ? noLabel : labels[i];
        }

        private static int dep(int[] a, int i) {
            return i < 0 || a[i] == 0 ? -1 : a[i];
        }

        int features(long[] f) {
            int s0 = stack[sp - 1];
            int s1 = sp >= 2 ? stack[sp - 2] : -1;
            int s2 = sp >= 3 ? stack[sp - 3] : -1;
            int b0 = b <= n ? b : -1;
            int b1 = b + 1 <= n ? b + 1 : -1;
            int b2 = b + 2 <= n ? b + 2 : -1;
            long s0w = w(s0);
            long s0p = p(s0);
            long s1w = w(s1);
            long s1p = p(s1);
            long s2p = p(s2);
            long b0w = w(b0);
            long b0p = p(b0);
            long b1w = w(b1);
            long b1p = p(b1);
            long b2w = w(b2);
            long b2p = p(b2);
            int s0l1 = s0 > 0 ? dep(l1, s0) : -1;
            int s0l2 = s0 > 0 ? dep(l2, s0) : -1;
            int s0r1 = dep(r1, s0);
            int s0r2 = dep(r2, s0);
            int b0l1 = b0 > 0 ? dep(l1, b0) : -1;
            int b0l2 = b0 > 0 ? dep(l2, b0) : -1;
            int s1l1 = s1 > 0 ? dep(l1, s1) : -1;
            int s1r1 = s1 >= 0 ? dep(r1, s1) : -1;
            long dist = b0 < 0 || s0 < 0 ? 0 : Math.min(b0 - s0, 6) + (b0 - s0 > 10 ? 4 : 0);
            long s0vl = s0 >= 0 ? nLeft[s0] : 0;
            long s0vr = s0 >= 0 ? nRight[s0] : 0;
            long b0vl = b0 >= 0 ? nLeft[b0] : 0;
            long s0sl = s0 >= 0 ? leftSet[s0] : 0;
            long s0sr = s0 >= 0 ? rightSet[s0] : 0;
            long b0sl = b0 >= 0 ? leftSet[b0] : 0;
            long pSB = punctBetween(s0, b0);
            long pSS = punctBetween(s1, s0);
            int k = 0;
            int t = 0;
            f[k++] = Hashing.f(t++, 0);
            // single words
            f[k++] = Hashing.f(t++, s0w);
            f[k++] = Hashing.f(t++, s0p);
            f[k++] = Hashing.f(t++, s0w, s0p);
            f[k++] = Hashing.f(t++, b0w);
            f[k++] = Hashing.f(t++, b0p);
            f[k++] = Hashing.f(t++, b0w, b0p);
            f[k++] = Hashing.f(t++, b1w);
            f[k++] = Hashing.f(t++, b1p);
            f[k++] = Hashing.f(t++, b1w, b1p);
            f[k++] = Hashing.f(t++, b2w);
            f[k++] = Hashing.f(t++, b2p);
            f[k++] = Hashing.f(t++, b2w, b2p);
            f[k++] = Hashing.f(t++, s1w);
            f[k++] = Hashing.f(t++, s1p);
            f[k++] = Hashing.f(t++, s1w, s1p);
            // pairs
            f[k++] = Hashing.f(t++, s0w, s0p, b0w, b0p);
            f[k++] = Hashing.f(t++, s0w, s0p, b0w);
            f[k++] = Hashing.f(t++, s0w, b0w, b0p);
            f[k++] = Hashing.f(t++, s0w, s0p, b0p);
            f[k++] = Hashing.f(t++, s0p, b0w, b0p);
            f[k++] = Hashing.f(t++, s0w, b0w);
            f[k++] = Hashing.f(t++, s0p, b0p);
            f[k++] = Hashing.f(t++, b0p, b1p);
            // three words
            f[k++] = Hashing.f(t++, b0p, b1p, b2p);
            f[k++] = Hashing.f(t++, s0p, b0p, b1p);
            f[k++] = Hashing.f(t++, s1p, s0p, b0p);
            f[k++] = Hashing.f(t++, s0p, p(s0l1), b0p);
            f[k++] = Hashing.f(t++, s0p, p(s0r1), b0p);
            f[k++] = Hashing.f(t++, s0p, b0p, p(b0l1));
            // distance
            f[k++] = Hashing.f(t++, s0w, dist);
            f[k++] = Hashing.f(t++, s0p, dist);
            f[k++] = Hashing.f(t++, b0w, dist);
            f[k++] = Hashing.f(t++, b0p, dist);
            f[k++] = Hashing.f(t++, s0w, b0w, dist);
            f[k++] = Hashing.f(t++, s0p, b0p, dist);
            // valency
            f[k++] = Hashing.f(t++, s0w, s0vr);
            f[k++] = Hashing.f(t++, s0p, s0vr);
            f[k++] = Hashing.f(t++, s0w, s0vl);
            f[k++] = Hashing.f(t++, s0p, s0vl);
            f[k++] = Hashing.f(t++, b0w, b0vl);
            f[k++] = Hashing.f(t++, b0p, b0vl);
            // dependents
            f[k++] = Hashing.f(t++, w(s0l1));
            f[k++] = Hashing.f(t++, p(s0l1));
            f[k++] = Hashing.f(t++, l(s0l1));
            f[k++] = Hashing.f(t++, w(s0r1));
            f[k++] = Hashing.f(t++, p(s0r1));
            f[k++] = Hashing.f(t++, l(s0r1));
            f[k++] = Hashing.f(t++, w(b0l1));
            f[k++] = Hashing.f(t++, p(b0l1));
            f[k++] = Hashing.f(t++, l(b0l1));
            f[k++] = Hashing.f(t++, w(s0l2));
            f[k++] = Hashing.f(t++, p(s0l2));
            f[k++] = Hashing.f(t++, l(s0l2));
            f[k++] = Hashing.f(t++, w(s0r2));
            f[k++] = Hashing.f(t++, p(s0r2));
            f[k++] = Hashing.f(t++, l(s0r2));
            f[k++] = Hashing.f(t++, w(b0l2));
            f[k++] = Hashing.f(t++, p(b0l2));
            f[k++] = Hashing.f(t++, l(b0l2));
            f[k++] = Hashing.f(t++, s0p, p(s0l1), p(s0l2));
            f[k++] = Hashing.f(t++, s0p, p(s0r1), p(s0r2));
            f[k++] = Hashing.f(t++, b0p, p(b0l1), p(b0l2));
            f[k++] = Hashing.f(t++, s0p, l(s0l1), l(s0l2));
            f[k++] = Hashing.f(t++, s0p, l(s0r1), l(s0r2));
            // label sets
            f[k++] = Hashing.f(t++, s0w, s0sr);
            f[k++] = Hashing.f(t++, s0p, s0sr);
            f[k++] = Hashing.f(t++, s0w, s0sl);
            f[k++] = Hashing.f(t++, s0p, s0sl);
            f[k++] = Hashing.f(t++, b0w, b0sl);
            f[k++] = Hashing.f(t++, b0p, b0sl);
            // the second stack item (it takes the arc of RIGHT)
            f[k++] = Hashing.f(t++, s1p, s0p);
            f[k++] = Hashing.f(t++, s1w, s0w);
            f[k++] = Hashing.f(t++, s1w, s1p, s0p);
            f[k++] = Hashing.f(t++, s1p, s0w, s0p);
            f[k++] = Hashing.f(t++, s2p, s1p, s0p);
            f[k++] = Hashing.f(t++, s1p, s0p, b0p, b1p);
            f[k++] = Hashing.f(t++, s1p, p(s1l1), s0p);
            f[k++] = Hashing.f(t++, s1p, p(s1r1), s0p);
            f[k++] = Hashing.f(t++, s1p, l(s1r1));
            f[k++] = Hashing.f(t++, s1p, s1w, l(s1l1));
            f[k++] = Hashing.f(t++, s1p, s0p, s0vl, s0vr);
            // what the second stack item already has on its left (a subject or not: inverted "said the minister")
            long s1sl = s1 > 0 ? leftSet[s1] : 0;
            f[k++] = Hashing.f(t++, s1w, s1sl);
            f[k++] = Hashing.f(t++, s1p, s1sl, s0p);
            f[k++] = Hashing.f(t++, s1w, s1sl, s0p, pSS);
            f[k++] = Hashing.f(t++, s0w, s0p, l(s0l1), l(s0r1));
            f[k++] = Hashing.f(t++, b0w, b0p, l(b0l1));
            f[k++] = Hashing.f(t++, s0 > 0 ? words.suffix[2][s0 - 1] : 0, s0p, b0p);
            f[k++] = Hashing.f(t++, b0 > 0 ? words.suffix[2][b0 - 1] : 0, b0p, s0p);
            f[k++] = Hashing.f(t++, s0p, b0p, b > n ? 1 : 0, Math.min(sp, 5));
            // ambiguity classes: what the word could be when its predicted tag is wrong
            f[k++] = Hashing.f(t++, a(s0));
            f[k++] = Hashing.f(t++, a(b0));
            f[k++] = Hashing.f(t++, a(s1));
            f[k++] = Hashing.f(t++, a(b1));
            f[k++] = Hashing.f(t++, a(s0), a(b0));
            f[k++] = Hashing.f(t++, a(s1), a(s0));
            f[k++] = Hashing.f(t++, a(s0), s0p, b0p);
            f[k++] = Hashing.f(t++, a(b0), s0p, b0p);
            // fine-grained tags (tense and verb form, comparison, possessives)
            long s0x = x(s0);
            long b0x = x(b0);
            long s1x = x(s1);
            f[k++] = Hashing.f(t++, s0x);
            f[k++] = Hashing.f(t++, b0x);
            f[k++] = Hashing.f(t++, s1x);
            f[k++] = Hashing.f(t++, x(b1));
            f[k++] = Hashing.f(t++, s0x, b0x);
            f[k++] = Hashing.f(t++, s1x, s0x);
            f[k++] = Hashing.f(t++, s0x, b0x, x(b1));
            f[k++] = Hashing.f(t++, s1x, s0x, b0x);
            f[k++] = Hashing.f(t++, s0w, b0x);
            f[k++] = Hashing.f(t++, s0x, b0w);
            f[k++] = Hashing.f(t++, s0x, x(s0l1), x(s0r1));
            f[k++] = Hashing.f(t++, b0x, x(b0l1));
            // punctuation between the items: clause and list boundaries
            f[k++] = Hashing.f(t++, s0p, b0p, pSB);
            f[k++] = Hashing.f(t++, s1p, s0p, pSS);
            f[k++] = Hashing.f(t++, s0w, pSS, pSB);
            f[k++] = Hashing.f(t++, s1w, s0p, pSS);
            return k;
        }
    }
}
