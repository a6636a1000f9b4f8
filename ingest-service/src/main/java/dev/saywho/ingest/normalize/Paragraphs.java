package dev.saywho.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned text into paragraphs: blank lines separate paragraphs, single line breaks inside a paragraph are
 * line wraps and are re-joined. A leading headline line directly followed by the body is kept as its own paragraph,
 * and a block whose every line ends a sentence is read as one paragraph per line.
 */
final class Paragraphs {

    private static final int MAX_HEADLINE_LENGTH = 150;

    /** Paragraphs of {@code cleaned} (output of {@link TextHygiene#clean}), each trimmed with spaces folded. */
    List<String> split(String cleaned) {
        List<String> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= cleaned.length()) {
            int end = cleaned.indexOf('\n', start);
            if (end < 0) {
                end = cleaned.length();
            }
            String line = TextHygiene.foldSpaces(cleaned.substring(start, end));
            if (line.isEmpty()) {
                flush(lines, paragraphs);
            } else {
                lines.add(line);
            }
            start = end + 1;
        }
        flush(lines, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> lines, List<String> paragraphs) {
        if (lines.isEmpty()) {
            return;
        }
        if (isOneParagraphPerLine(lines)) {
            paragraphs.addAll(lines);
            lines.clear();
            return;
        }
        int from = 0;
        if (paragraphs.isEmpty() && lines.size() > 1 && looksLikeHeadline(lines.get(0), lines.get(1))) {
            paragraphs.add(lines.get(0));
            from = 1;
        }
        paragraphs.add(unwrap(lines.subList(from, lines.size())));
        lines.clear();
    }

    /**
     * Text pasted without blank lines puts one paragraph on each line. Wrapped text does not end every line with a
     * sentence, so three or more lines that all do (the first may be a headline) are taken as paragraphs.
     */
    private static boolean isOneParagraphPerLine(List<String> lines) {
        if (lines.size() < 3 || !(endsSentence(lines.get(0)) || looksLikeHeadline(lines.get(0), lines.get(1)))) {
            return false;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (!endsSentence(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String line) {
        return ".!?…\"”’')»".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static String unwrap(List<String> lines) {
        StringBuilder joined = new StringBuilder(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            // "Seoul-\nbased" is far more often a compound than a split word: keep the hyphen, drop the break
            if (!endsWithWrapDash(joined) || !Character.isLetterOrDigit(line.codePointAt(0))) {
                joined.append(' ');
            }
            joined.append(line);
        }
        return joined.toString();
    }

    private static boolean endsWithWrapDash(CharSequence s) {
        int last = s.length() - 1;
        return last > 0 && isDash(s.charAt(last)) && Character.isLetterOrDigit(s.charAt(last - 1));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
    }

    /**
     * A first line that is short, has no closing punctuation and is either much shorter than the next line or in
     * title case; wrapped lede lines fail at least one of these.
     */
    static boolean looksLikeHeadline(String line, String next) {
        if (line.length() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:".indexOf(last) >= 0 || isDash(last)) {
            return false;
        }
        int first = next.codePointAt(0);
        boolean nextStartsSentence =
                Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘«„(".indexOf(first) >= 0;
        return nextStartsSentence && (line.length() * 10 < next.length() * 6 || isTitleCase(line));
    }

    private static boolean isTitleCase(String line) {
        int contentWords = 0;
        int capitalized = 0;
        for (String word : line.split(" ", -1)) {
            if (word.length() >= 4 && Character.isLetter(word.codePointAt(0))) {
                contentWords++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalized++;
                }
            }
        }
        return contentWords >= 2 && capitalized * 10 >= contentWords * 8;
    }
}
