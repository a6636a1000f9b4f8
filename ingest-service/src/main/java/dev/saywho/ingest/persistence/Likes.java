package dev.saywho.ingest.persistence;

/** Builds LIKE patterns from user input, escaping the wildcards with a backslash. */
final class Likes {

    private Likes() {}

    /** A pattern matching any value that contains {@code value} literally. */
    static String contains(String value) {
        return "%" + escaped(value) + "%";
    }

    /** A pattern matching any value that starts with {@code value} literally. */
    static String startsWith(String value) {
        return escaped(value) + "%";
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
