package dev.saywho.ingest.normalize;

import java.text.Normalizer;

/**
 * Character-level clean-up: line endings, mojibake, invisible and control characters, exotic spaces, NFC.
 * Quotation marks are left exactly as they are: the quote engine reads them.
 */
final class TextHygiene {

    private final Mojibake mojibake = new Mojibake();

    /** Cleans characters but keeps line structure: the result uses only {@code \n} as line break. */
    String clean(String s) {
        String repaired = mojibake.repair(unifyLineEndings(s));
        StringBuilder out = new StringBuilder(repaired.length());
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            switch (c) {
                case '\n' -> out.append('\n');
                case '\t' -> out.append(' ');
                case '\u2028' -> out.append('\n');
                case '\u2029' -> out.append("\n\n");
                // zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E' -> {}
                default -> {
                    if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                        out.append(' ');
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Cleans characters and folds all whitespace, line breaks included, into single spaces; trimmed. */
    String inline(String s) {
        return s == null ? null : foldSpaces(clean(s).replace('\n', ' '));
    }

    /** Folds runs of spaces into one and trims. */
    static String foldSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unifyLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
