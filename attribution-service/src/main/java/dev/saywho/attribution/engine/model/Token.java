package dev.saywho.attribution.engine.model;

/** A token: a word (letters, digits, internal apostrophes, hyphens, abbreviation dots) or one punctuation character. */
public record Token(int start, int end, String text, boolean word) {

    /** True for a word whose first character is an upper-case letter. */
    public boolean capitalized() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** True for a word whose characters include letters that are all upper case (KCNA, U.S.). */
    public boolean allCaps() {
        if (!word) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isLower(String s) {
        return text.equalsIgnoreCase(s);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
