package dev.saywho.attribution.engine.learn;

/**
 * How the learned components read a word's form, one definition for all: typographic quotes as their ASCII forms, and
 * the word's shape. The syntax model and the entity recogniser hash these into their features, so a change here
 * changes both models' features.
 */
public final class WordForms {

    /** Longest stretch of a word looked at for its shape; keeps the cost linear for pathological tokens. */
    public static final int SHAPE_WINDOW = 24;

    private WordForms() {}

    /** Typographic quotes and apostrophes read as their ASCII forms, which dominate the treebanks. */
    public static String normalize(String w) {
        if (w.indexOf('\u2019') < 0 && w.indexOf('\u2018') < 0 && w.indexOf('\u201C') < 0 && w.indexOf('\u201D') < 0) {
            return w;
        }
        return w.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"');
    }

    /**
     * The word's shape: each upper-case letter {@code X}, lower-case {@code x}, digit {@code d}, other characters as
     * they are, runs longer than two cut to two ({@code Varga} is {@code Xxx}, {@code A-380} is {@code X-dd}); only the
     * first {@value #SHAPE_WINDOW} characters and the last four are read.
     */
    public static String shape(String w) {
        StringBuilder b = new StringBuilder();
        int len = w.length();
        appendShape(b, w, 0, Math.min(len, SHAPE_WINDOW));
        if (len > SHAPE_WINDOW) {
            b.append('~');
            appendShape(b, w, Math.max(SHAPE_WINDOW, len - 4), len);
        }
        return b.toString();
    }

    private static void appendShape(StringBuilder b, String w, int from, int to) {
        char last = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s == last) {
                run++;
                if (run > 2) {
                    continue;
                }
            } else {
                last = s;
                run = 1;
            }
            b.append(s);
        }
    }
}
