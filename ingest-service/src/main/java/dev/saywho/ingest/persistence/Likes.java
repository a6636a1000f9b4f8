package dev.saywho.ingest.persistence;

/** Builds LIKE patterns from user input, escaping the wildcards with a backslash. */
final class Likes {

    private Likes() {}

    /** A pattern matching any value that contains {@code value} literally. */
    static String contains(String value) {
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
