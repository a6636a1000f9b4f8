package dev.saywho.attribution.property;

import java.util.List;
import java.util.Random;

/** Seeded generator of hostile, news-flavoured text: every kind of quote mark, odd Unicode, broken structure. */
final class RandomText {

    /** Straight, curly, low-9, guillemets, CJK corner brackets, prime-like, full-width and ornamental marks. */
    static final String QUOTE_MARKS =
            "\"'`\u00b4\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
                    + "\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\uff07\u275d\u275e\u2e42\u2032\u2033";
    /** Opening and closing pairs, each as a two-character string. */
    static final List<String> QUOTE_PAIRS = List.of(
            "\"\"",
            "''",
            "\u201c\u201d",
            "\u2018\u2019",
            "\u201e\u201c",
            "\u201e\u201d",
            "\u201a\u2018",
            "\u00ab\u00bb",
            "\u00bb\u00ab",
            "\u2039\u203a",
            "\u300c\u300d",
            "\u300e\u300f",
            "\u301d\u301e",
            "\uff02\uff02",
            "\u275d\u275e",
            "``",
            "\u201d\u201d",
            "\u201f\u201d");

    private static final String[] WORDS = {
        "the", "bridge", "will", "be", "built", "council", "budget", "and", "of", "not", "a", "we", "it", "is", "on",
        "Tuesday", "harbour", "money", "vote", "plan", "that", "in", "ferry"
    };
    private static final String[] NAMES = {
        "Ilse Varga",
        "Mayor Varga",
        "Joel Marchetti",
        "Dr. Marchetti",
        "Petra Aldane",
        "Tomas Brel",
        "Annika Solberg",
        "the Tessaly Harbour Authority",
        "Greystone Marine",
        "Orrin Institute",
        "O'Neill",
        "Jean-Luc Ardent",
        "Sen. Oda Lindqvist",
        "Mr. Okafor Jr.",
        "officials",
        "a spokesman"
    };
    private static final String[] CUES = {
        "said",
        "says",
        "told reporters",
        "added",
        "according to",
        "warned",
        "said in a statement",
        "wrote",
        "asked",
        "insisted",
        "he said",
        "she said",
        "they said",
        "it said"
    };
    private static final String[] PRONOUNS = {"he", "she", "they", "He", "She", "It", "We", "I", "his", "her"};
    private static final String[] RTL = {
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0642\u0627\u0644",
        "\u200f",
        "\u200e",
        "\u202e",
        "\u202b",
        "\u202c",
        "\u2067",
        "\u2069",
        "\u0627\u0644\u0631\u0626\u064a\u0633"
    };
    private static final String[] SPACES = {
        " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2028", "\u2029", "\u3000", "\u2009", "\u000b",
        "\u000c", "\u0085"
    };
    private static final String[] PUNCTUATION = {
        ".",
        ",",
        ":",
        ";",
        "?",
        "!",
        "\u2014",
        "\u2013",
        "-",
        "...",
        "\u2026",
        "(",
        ")",
        "[",
        "]",
        "<tweet id=\"1\">",
        "</tweet>",
        "&amp;",
        "*",
        "/"
    };
    private static final String[] ZERO_WIDTH_AND_COMBINING = {
        "\u200b", "\u200c", "\u200d", "\ufeff", "\u0301", "e\u0301", "\u0300\u0300\u0300", "\u2060", "\u00ad"
    };

    private RandomText() {}

    /** A text of up to a few thousand pieces, drawn from {@code random}. */
    static String generate(Random random) {
        int pieces = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(8);
            case 1 -> random.nextInt(60);
            case 2 -> random.nextInt(600);
            default -> random.nextInt(3000);
        };
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            appendPiece(random, out);
        }
        return out.toString();
    }

    private static void appendPiece(Random random, StringBuilder out) {
        int kind = random.nextInt(100);
        if (kind < 30) {
            out.append(pick(random, WORDS)).append(' ');
        } else if (kind < 40) {
            appendQuotation(random, out);
        } else if (kind < 46) {
            out.append(pick(random, NAMES)).append(' ');
        } else if (kind < 52) {
            out.append(pick(random, CUES)).append(' ');
        } else if (kind < 55) {
            out.append(pick(random, PRONOUNS)).append(' ');
        } else if (kind < 62) {
            out.append(QUOTE_MARKS.charAt(random.nextInt(QUOTE_MARKS.length())));
        } else if (kind < 70) {
            out.append(pick(random, SPACES));
        } else if (kind < 76) {
            out.append(pick(random, PUNCTUATION));
        } else if (kind < 80) {
            out.appendCodePoint(supplementary(random));
        } else if (kind < 83) {
            // A lone surrogate: not valid UTF-16, but a Java String can hold one.
            out.append((char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400)));
        } else if (kind < 87) {
            out.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21)));
        } else if (kind < 91) {
            out.append(pick(random, RTL));
        } else if (kind < 94) {
            out.append(pick(random, ZERO_WIDTH_AND_COMBINING));
        } else if (kind < 97) {
            out.append((char) random.nextInt(0x10000));
        } else {
            out.append(Character.toUpperCase(pick(random, WORDS).charAt(0))).append(pick(random, WORDS));
        }
    }

    /** A quotation with a cue, sometimes well formed, sometimes unbalanced, nested or interrupted. */
    private static void appendQuotation(Random random, StringBuilder out) {
        String pair = QUOTE_PAIRS.get(random.nextInt(QUOTE_PAIRS.size()));
        char open = pair.charAt(0);
        char close = pair.charAt(1);
        StringBuilder content = new StringBuilder();
        int words = 1 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
            content.append(w == 0 ? "" : " ").append(pick(random, WORDS));
        }
        String speaker = pick(random, NAMES);
        switch (random.nextInt(7)) {
            case 0 ->
                out.append(open)
                        .append(content)
                        .append(',')
                        .append(close)
                        .append(' ')
                        .append(speaker)
                        .append(" said. ");
            case 1 ->
                out.append(speaker)
                        .append(' ')
                        .append(pick(random, CUES))
                        .append(": ")
                        .append(open)
                        .append(content)
                        .append('.')
                        .append(close)
                        .append(' ');
            case 2 ->
                out.append(open).append(content).append(", ").append(speaker).append(" said, without closing. ");
            case 3 ->
                out.append(content).append(close).append(' ').append(speaker).append(" said. ");
            case 4 ->
                out.append(open)
                        .append(content)
                        .append(',')
                        .append(close)
                        .append(' ')
                        .append(pick(random, PRONOUNS))
                        .append(" said. ")
                        .append(open)
                        .append(content)
                        .append('.')
                        .append(close)
                        .append(' ');
            case 5 ->
                out.append(open)
                        .append(content)
                        .append(' ')
                        .append(open)
                        .append(content)
                        .append(close)
                        .append(close)
                        .append(" said ")
                        .append(speaker)
                        .append(". ");
            default ->
                out.append(speaker)
                        .append(" called it ")
                        .append(open)
                        .append(content)
                        .append(close)
                        .append(". ");
        }
    }

    private static int supplementary(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0x1F300 + random.nextInt(0x1FAFF - 0x1F300);
            case 1 -> 0x1D400 + random.nextInt(0x1D7FF - 0x1D400);
            default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
