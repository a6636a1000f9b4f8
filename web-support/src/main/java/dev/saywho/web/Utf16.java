package dev.saywho.web;

/** Well-formedness of Java strings as text: every surrogate half of a pair. */
public final class Utf16 {

    /** What both services say of a text with an unpaired surrogate. */
    public static final String UNPAIRED_SURROGATE = "must not contain an unpaired UTF-16 surrogate (U+D800 to U+DFFF)";

    private Utf16() {}

    /**
     * The index of the first surrogate in {@code value} that is not half of a pair (JSON's {@code "\ud800"} alone),
     * or -1 when there is none. Such a string is no text: UTF-8 cannot encode it, so each copy of it would differ.
     */
    public static int firstUnpairedSurrogate(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
