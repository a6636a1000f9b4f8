package dev.saywho.attribution.engine;

/** Converts Java String (UTF-16) offsets of one text into the Unicode code-point offsets the Python scorer uses. */
public final class CodePointOffsets {

    private final int[] codePointAt;

    public CodePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int codePoints = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = codePoints;
            // The low half of a pair does not start a code point: an offset between the halves counts the pair.
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                codePoints++;
            }
        }
        codePointAt[text.length()] = codePoints;
    }

    /** The code-point offset of the UTF-16 offset {@code utf16} (an offset inside a pair rounds up). */
    public int of(int utf16) {
        if (codePointAt == null) {
            return utf16;
        }
        return codePointAt[Math.max(0, Math.min(utf16, codePointAt.length - 1))];
    }
}
