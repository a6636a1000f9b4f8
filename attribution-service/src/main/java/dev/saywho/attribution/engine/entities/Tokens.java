package dev.saywho.attribution.engine.entities;

import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.learn.Hashing;
import dev.saywho.attribution.engine.learn.WordForms;

/**
 * The words of one sentence as the feature generators read them, computed once: forms with typographic quotes read as
 * ASCII (the training data writes them so), lower-cased forms and their hashes, and the UPOS tags when given.
 * Belongs to one thread (it caches what one generator computes for the whole sentence).
 */
final class Tokens {

    private static final long PAD = Hashing.of("<pad>");
    /** Longest stretch of a word read for its casing: the shape's ({@link WordForms#SHAPE_WINDOW}). */
    static final int SHAPE_WINDOW = WordForms.SHAPE_WINDOW;

    /** Casing classes: no letter, all lower case, capitalised, all capitals, capitals inside; outside the sentence. */
    static final int NONE = 0;

    static final int LOWER = 1;
    static final int TITLE = 2;
    static final int UPPER = 3;
    static final int MIXED = 4;
    static final int NO_WORD = 5;

    final int n;
    final String[] forms;
    final String[] lowers;
    /** Hash of each form as written. */
    final long[] form;
    /** Hash of each lower-cased form. */
    final long[] lower;
    /** Hash of each word's shape ({@link #shape}). */
    final long[] shape;
    /** Casing class of each word ({@link #casingOf}). */
    private final int[] casing;
    /** Index of the first word with a letter or digit (the capital of a sentence's first word says little). */
    final int firstWord;
    /** UPOS tags, or null when the caller has none. */
    final String[] upos;
    /** Hash of each UPOS tag, or null when the caller has none. */
    final long[] tag;
    /** The gazetteer classes of the words, once asked for, and the gazetteer they come from. */
    private int[] gazetteerClasses;

    private Gazetteer gazetteerOf;

    Tokens(List<String> words, List<String> tags) {
        if (tags != null && tags.size() != words.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        n = words.size();
        forms = new String[n];
        lowers = new String[n];
        form = new long[n];
        lower = new long[n];
        shape = new long[n];
        casing = new int[n];
        upos = tags == null ? null : new String[n];
        tag = tags == null ? null : new long[n];
        int first = -1;
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            w = WordForms.normalize(w == null ? "" : w);
            forms[i] = w;
            lowers[i] = w.toLowerCase(Locale.ROOT);
            form[i] = Hashing.of(w);
            lower[i] = Hashing.of(lowers[i]);
            shape[i] = Hashing.of(WordForms.shape(w));
            casing[i] = casingOf(w);
            if (first < 0 && hasLetterOrDigit(w)) {
                first = i;
            }
            if (upos != null) {
                String t = tags.get(i);
                upos[i] = t == null ? "X" : t;
                tag[i] = Hashing.of(upos[i]);
            }
        }
        firstWord = first;
    }

    private static boolean hasLetterOrDigit(String w) {
        int scan = Math.min(w.length(), SHAPE_WINDOW);
        for (int i = 0; i < scan; i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The classes of the words in {@code g} ({@link Gazetteer#classes}), computed once per sentence. */
    @SuppressWarnings("ReferenceEquality") // the cache belongs to one gazetteer object; comparing lists would cost more
    int[] gazetteerClasses(Gazetteer g) {
        if (gazetteerClasses == null || gazetteerOf != g) {
            gazetteerClasses = g.classes(this);
            gazetteerOf = g;
        }
        return gazetteerClasses;
    }

    /** The value of {@code a} at {@code i}, or a distinct padding value for each position outside the sentence. */
    static long at(long[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : i < 0 ? PAD + i : PAD + 1 + i - a.length;
    }

    /** The casing class of word {@code i}, or {@link #NO_WORD} outside the sentence. */
    int casing(int i) {
        return i >= 0 && i < n ? casing[i] : NO_WORD;
    }

    /** The casing class of a word: {@link #LOWER}, {@link #TITLE}, {@link #UPPER}, {@link #MIXED} or {@link #NONE}. */
    static int casingOf(String w) {
        int letters = 0;
        int upper = 0;
        int scan = Math.min(w.length(), SHAPE_WINDOW);
        for (int i = 0; i < scan; i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters == 0) {
            return NONE;
        }
        if (upper == 0) {
            return LOWER;
        }
        boolean firstUpper = Character.isUpperCase(w.charAt(0));
        if (upper == letters) {
            return letters == 1 && firstUpper ? TITLE : UPPER;
        }
        return firstUpper && upper == 1 ? TITLE : MIXED;
    }
}
