package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads title-cased headlines ("Varga Says Bridge Will Reopen") as running text: in a sentence where nearly every
 * word is capitalised, a capitalised word that the treebanks mostly write in lower case is tagged and parsed in lower
 * case. The words of the answer keep their case. Immutable.
 */
final class Casing {

    /** A sentence is a headline when it has at least this many letter-initial words ... */
    private static final int HEADLINE_MIN_WORDS = 3;
    /** ... and at least this share of them are capitalised. */
    private static final double HEADLINE_MIN_SHARE = 0.75;
    /** A word is lower-case by preference when seen at least this often, more often in lower case than capitalised. */
    private static final int MIN_COUNT = 2;

    private final Set<String> lowerByPreference;

    Casing(Set<String> lowerByPreference) {
        this.lowerByPreference = Set.copyOf(lowerByPreference);
    }

    static Casing train(List<ConllSentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (ConllSentence s : sentences) {
            for (int i = 1; i < s.size(); i++) {
                String form = s.forms().get(i);
                if (form.isEmpty() || !Character.isLetter(form.charAt(0))) {
                    continue;
                }
                String lower = form.toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(lower, k -> new int[2]);
                c[form.equals(lower) ? 0 : 1]++;
            }
        }
        Set<String> set = new HashSet<>();
        counts.forEach((lower, c) -> {
            if (c[0] >= MIN_COUNT && c[0] > c[1]) {
                set.add(lower);
            }
        });
        return new Casing(set);
    }

    /** The words to tag and parse: the same list unless it is a title-cased headline. */
    List<String> forAnalysis(List<String> words) {
        int letters = 0;
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        if (letters < HEADLINE_MIN_WORDS || capitalised < HEADLINE_MIN_SHARE * letters) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean titleCase = w.length() > 1
                    && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(lower.substring(Math.min(1, lower.length())));
            out.add(i > 0 && titleCase && lowerByPreference.contains(lower) ? lower : w);
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        List<String> words = new ArrayList<>(lowerByPreference);
        Collections.sort(words);
        out.writeInt(words.size());
        for (String w : words) {
            out.writeUTF(w);
        }
    }

    static Casing read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad casing table size");
        }
        Set<String> set = new HashSet<>();
        for (int i = 0; i < n; i++) {
            set.add(in.readUTF());
        }
        return new Casing(set);
    }

    boolean sameAs(Casing o) {
        return lowerByPreference.equals(o.lowerByPreference);
    }
}
