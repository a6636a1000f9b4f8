package dev.saywho.attribution.engine.syntax;

import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.learn.Hashing;
import dev.saywho.attribution.engine.learn.WordForms;

/** The words of one sentence with what the tagger and parser read from each, computed once. */
final class Words {

    final int n;
    final String[] forms;
    /** The forms with typographic quotes normalized (see {@link WordForms#normalize}). */
    final String[] norms;

    final String[] lowers;
    /** Hash of the lower-cased form. */
    final long[] lower;
    /** Hash of the form as written. */
    final long[] form;

    final long[] shape;
    final long[][] prefix;
    final long[][] suffix;
    /** Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 no letter, 32 all digits. */
    final int[] flags;
    /** Tagger's ambiguity class of each word (the tags it took in training, -1 when unknown); set by the tagger. */
    long[] ambiguity;

    Words(List<String> words) {
        n = words.size();
        forms = new String[n];
        norms = new String[n];
        lowers = new String[n];
        lower = new long[n];
        form = new long[n];
        shape = new long[n];
        prefix = new long[4][n];
        suffix = new long[4][n];
        flags = new int[n];
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (w == null) {
                w = "";
            }
            forms[i] = w;
            w = WordForms.normalize(w);
            norms[i] = w;
            String l = w.toLowerCase(Locale.ROOT);
            lowers[i] = l;
            form[i] = Hashing.of(w);
            lower[i] = Hashing.of(l);
            shape[i] = Hashing.of(WordForms.shape(w));
            for (int k = 1; k <= 4; k++) {
                prefix[k - 1][i] = l.length() >= k ? Hashing.of(l.substring(0, k)) : 0;
                suffix[k - 1][i] = l.length() >= k ? Hashing.of(l.substring(l.length() - k)) : 0;
            }
            flags[i] = flags(w);
        }
    }

    private static int flags(String w) {
        int f = 0;
        if (w.isEmpty()) {
            return 16;
        }
        if (Character.isUpperCase(w.charAt(0))) {
            f |= 1;
        }
        boolean letter = false;
        boolean allUpper = true;
        boolean allDigits = true;
        int scan = Math.min(w.length(), 64);
        for (int i = 0; i < scan; i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    allUpper = false;
                }
            }
            if (Character.isDigit(c)) {
                f |= 4;
            } else {
                allDigits = false;
            }
            if (c == '-') {
                f |= 8;
            }
        }
        if (letter && allUpper) {
            f |= 2;
        }
        if (!letter) {
            f |= 16;
        }
        if (allDigits) {
            f |= 32;
        }
        return f;
    }
}
