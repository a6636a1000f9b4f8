package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemma by lookup of (UPOS, form) learned from a treebank, then (UPOS, lower-cased form), then the most frequent
 * suffix rule for the word's UPOS and longest known ending (strip k characters, append a string). Immutable.
 */
final class Lemmatizer {

    private static final int MAX_SUFFIX = 5;
    /** A suffix rule is used only when seen at least this often. */
    private static final int MIN_RULE_COUNT = 2;

    /** "upos\tform" and "upos\t\tlower" to lemma. */
    private final Map<String, String> lemmas;
    /** "upos\t~suffix" to a rule "k\tappend". */
    private final Map<String, String> rules;

    Lemmatizer(Map<String, String> lemmas, Map<String, String> rules) {
        this.lemmas = Map.copyOf(lemmas);
        this.rules = Map.copyOf(rules);
    }

    String lemma(String form, String upos) {
        String l = lemmas.get(upos + '\t' + form);
        if (l != null) {
            return l;
        }
        String lower = form.toLowerCase(Locale.ROOT);
        l = lemmas.get(upos + "\t\t" + lower);
        if (l != null) {
            return l;
        }
        if ("PROPN".equals(upos)
                || "PUNCT".equals(upos)
                || "SYM".equals(upos)
                || "NUM".equals(upos)
                || "X".equals(upos)) {
            return form;
        }
        for (int k = Math.min(MAX_SUFFIX, lower.length() - 1); k >= 1; k--) {
            String rule = rules.get(upos + "\t~" + lower.substring(lower.length() - k));
            if (rule != null) {
                int tab = rule.indexOf('\t');
                int strip = Integer.parseInt(rule.substring(0, tab));
                if (strip <= lower.length()) {
                    return lower.substring(0, lower.length() - strip) + rule.substring(tab + 1);
                }
            }
        }
        return lower;
    }

    static Lemmatizer train(List<ConllSentence> sentences) {
        Map<String, Map<String, Integer>> lemmaCounts = new HashMap<>();
        Map<String, Map<String, Integer>> ruleCounts = new HashMap<>();
        for (ConllSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String form = s.forms().get(i);
                String lemma = s.lemmas().get(i);
                String upos = s.upos().get(i);
                String lower = form.toLowerCase(Locale.ROOT);
                count(lemmaCounts, upos + '\t' + form, lemma);
                count(lemmaCounts, upos + "\t\t" + lower, lemma);
                String ll = lemma.toLowerCase(Locale.ROOT);
                int common = 0;
                while (common < lower.length() && common < ll.length() && lower.charAt(common) == ll.charAt(common)) {
                    common++;
                }
                if (common == 0) {
                    continue;
                }
                String rule = (lower.length() - common) + "\t" + ll.substring(common);
                for (int k = 1; k <= Math.min(MAX_SUFFIX, lower.length() - 1); k++) {
                    count(ruleCounts, upos + "\t~" + lower.substring(lower.length() - k), rule);
                }
            }
        }
        Map<String, String> rules = new HashMap<>();
        ruleCounts.forEach((k, c) -> {
            Map.Entry<String, Integer> best = best(c);
            if (best.getValue() >= MIN_RULE_COUNT) {
                rules.put(k, best.getKey());
            }
        });
        Map<String, String> lemmas = new HashMap<>();
        lemmaCounts.forEach((k, c) -> lemmas.put(k, best(c).getKey()));
        return new Lemmatizer(lemmas, rules);
    }

    /** The most frequent value; ties go to the alphabetically first so training is deterministic. */
    private static Map.Entry<String, Integer> best(Map<String, Integer> counts) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null
                    || e.getValue() > best.getValue()
                    || (e.getValue().equals(best.getValue()) && e.getKey().compareTo(best.getKey()) < 0)) {
                best = e;
            }
        }
        return best;
    }

    private static void count(Map<String, Map<String, Integer>> m, String key, String value) {
        m.computeIfAbsent(key, k -> new HashMap<>()).merge(value, 1, Integer::sum);
    }

    void write(DataOutputStream out) throws IOException {
        writeMap(out, lemmas);
        writeMap(out, rules);
    }

    static Lemmatizer read(DataInputStream in) throws IOException {
        return new Lemmatizer(readMap(in), readMap(in));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> m) throws IOException {
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
            out.writeUTF(m.get(k));
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad map size");
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(in.readUTF(), in.readUTF());
        }
        return m;
    }

    boolean sameAs(Lemmatizer o) {
        return lemmas.equals(o.lemmas) && rules.equals(o.rules);
    }
}
