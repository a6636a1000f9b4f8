package dev.saywho.attribution.engine.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parser training data for the inverted quotative of news ("The tolls will rise, said the minister."), rare in the
 * treebanks: a sentence "SUBJECT said (that) CLAUSE ." whose verb has no other dependents is rewritten as
 * "CLAUSE, said SUBJECT ." annotated as UD English does (the clause is the root, said its parataxis, the subject its
 * nsubj). The tags are the sentence's predicted tags, moved with their words.
 */
@SuppressWarnings("ArrayRecordComponent") // training data handed to the trainer, never compared or hashed
record Inversion(ConllSentence sentence, int[] tags, int[] xtags) {

    /** The inverted sentence, or null when {@code s} is not of the form. */
    static Inversion of(ConllSentence s, int[] tags, int[] xtags, int commaXpos) {
        int n = s.size();
        int last = n - 1;
        if (n < 4 || !"PUNCT".equals(s.upos().get(last))) {
            return null;
        }
        int v = -1;
        for (int i = 0; i < n; i++) {
            if (s.head(i) == 0) {
                v = i;
            }
        }
        if (v <= 0
                || !"say".equals(s.lemmas().get(v))
                || !"VERB".equals(s.upos().get(v))
                || s.head(last) != v + 1) {
            return null;
        }
        int subject = -1;
        int clause = -1;
        int children = 0;
        for (int i = 0; i < n; i++) {
            if (s.head(i) == v + 1) {
                children++;
                if (s.deprels().get(i).equals("nsubj") && i < v) {
                    subject = i;
                } else if (s.deprels().get(i).equals("ccomp") && i > v) {
                    clause = i;
                }
            }
        }
        if (children != 3
                || subject < 0
                || clause < 0
                || !spans(s, subject, 0, v - 1)
                || !spans(s, clause, v + 1, last - 1)) {
            return null;
        }
        int from = v + 1;
        if (s.lemmas().get(from).equals("that")
                && s.deprels().get(from).equals("mark")
                && s.head(from) == clause + 1
                && from != clause) {
            from++;
        }
        // new order: clause, comma, said, subject, final punctuation; -1 stands for the inserted comma
        List<Integer> order = new ArrayList<>();
        for (int i = from; i < last; i++) {
            order.add(i);
        }
        order.add(-1);
        order.add(v);
        for (int i = 0; i < v; i++) {
            order.add(i);
        }
        order.add(last);
        int[] newIndex = new int[n];
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k) >= 0) {
                newIndex[order.get(k)] = k + 1;
            }
        }
        int m = order.size();
        List<String> forms = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<String> upos = new ArrayList<>();
        List<String> xpos = new ArrayList<>();
        List<String> rels = new ArrayList<>();
        int[] heads = new int[m];
        int[] t = new int[m];
        int[] x = new int[m];
        for (int k = 0; k < m; k++) {
            int o = order.get(k);
            if (o < 0) {
                forms.add(",");
                lemmas.add(",");
                upos.add("PUNCT");
                xpos.add(",");
                rels.add("punct");
                heads[k] = newIndex[v];
                t[k] = Tagger.UPOS.indexOf("PUNCT");
                x[k] = commaXpos;
                continue;
            }
            String form = s.forms().get(o);
            if (k == 0) {
                form = capitalised(form);
            } else if (o == 0 && !"PROPN".equals(s.upos().get(0)) && !form.equals("I")) {
                form = form.toLowerCase(Locale.ROOT);
            }
            forms.add(form);
            lemmas.add(s.lemmas().get(o));
            upos.add(s.upos().get(o));
            xpos.add(s.xpos().get(o));
            t[k] = tags[o];
            x[k] = xtags[o];
            if (o == clause) {
                heads[k] = 0;
                rels.add("root");
            } else if (o == v) {
                heads[k] = newIndex[clause];
                rels.add("parataxis");
            } else if (o == last) {
                heads[k] = newIndex[clause];
                rels.add("punct");
            } else {
                heads[k] = newIndex[s.head(o) - 1];
                rels.add(s.deprels().get(o));
            }
        }
        return new Inversion(new ConllSentence(forms, lemmas, upos, xpos, heads, rels), t, x);
    }

    private static String capitalised(String w) {
        return w.isEmpty() || !Character.isLowerCase(w.charAt(0))
                ? w
                : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** True when the subtree of {@code root} is exactly the words {@code from..to}. */
    private static boolean spans(ConllSentence s, int root, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            int a = i;
            int steps = 0;
            while (a != root && s.head(a) != 0 && steps++ <= s.size()) {
                a = s.head(a) - 1;
            }
            boolean inside = a == root;
            if (inside != (i >= from && i <= to)) {
                return false;
            }
        }
        return true;
    }
}
