package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Paragraph;
import dev.saywho.attribution.engine.model.QuotedSpan;

/**
 * Stage 2: pairs quotation marks into quoted spans. Handles curly, straight, guillemet and low-9 double marks,
 * curly single marks at top level (headlines) and inside double quotes (nested, left as content), apostrophes
 * (Korea’s, ’90s, rock ’n’ roll) and quotes that run over several paragraphs (an unclosed quote continues when
 * the next paragraph opens with a quotation mark, the newswire convention). One linear pass.
 */
public final class QuoteMarkFinder {

    private static final int MAX_SPANS = 20_000;

    /** The document with its top-level quoted spans, in text order. */
    public Document find(Document doc) {
        String text = doc.text();
        List<QuotedSpan> spans = new ArrayList<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        int open = -1;
        int contentStart = -1;
        char opener = 0;
        List<int[]> pieces = new ArrayList<>();
        for (int p = 0; p < paragraphs.size() && spans.size() < MAX_SPANS; p++) {
            Paragraph para = paragraphs.get(p);
            int i = para.start();
            if (open >= 0) {
                // continuation paragraph: skip its opening mark
                i = para.start() + (text.startsWith("''", para.start()) ? 2 : 1);
                contentStart = i;
            }
            int single = -1;
            for (; i < para.end(); i++) {
                char c = text.charAt(i);
                boolean twin = c == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'';
                if (twin) {
                    // the typewriter double mark '' used by some newsrooms
                    c = '"';
                }
                if (open >= 0) {
                    if (closesDouble(c, opener) || misusedOpenAsClose(c, text, i, contentStart)) {
                        pieces.add(new int[] {contentStart, i});
                        spans.add(new QuotedSpan(spans.size(), pieces, open, i, twin ? i + 2 : i + 1));
                        pieces = new ArrayList<>();
                        open = -1;
                        if (twin) {
                            i++;
                        }
                    } else if (c == '“' && opener != '„' && opensContext(text, i, para.start())) {
                        // a new opening mark while one is open: the first was never closed
                        pieces.add(new int[] {contentStart, trimEnd(text, contentStart, i)});
                        spans.add(new QuotedSpan(spans.size(), pieces, open, -1));
                        pieces = new ArrayList<>();
                        open = i;
                        opener = c;
                        contentStart = i + 1;
                    }
                    continue;
                }
                if (single >= 0) {
                    if (c == '’' && !apostrophe(text, i)) {
                        if (i > single + 1) {
                            spans.add(new QuotedSpan(spans.size(), List.of(new int[] {single + 1, i}), single, i));
                        }
                        single = -1;
                        continue;
                    }
                    if (!isDoubleOpen(c, text, i, para.start())) {
                        continue;
                    }
                    single = -1;
                }
                if (isDoubleOpen(c, text, twin ? i + 1 : i, para.start())
                        && (!twin || opensContext(text, i, para.start()))) {
                    open = i;
                    opener = c;
                    contentStart = twin ? i + 2 : i + 1;
                    if (twin) {
                        i++;
                    }
                } else if (c == '‘'
                        && opensContext(text, i, para.start())
                        && i + 1 < para.end()
                        && !Character.isWhitespace(text.charAt(i + 1))
                        && !Character.isDigit(text.charAt(i + 1))
                        && !text.startsWith("n’", i + 1)) {
                    single = i;
                }
            }
            if (open >= 0) {
                int end = trimEnd(text, contentStart, para.end());
                boolean continues = p + 1 < paragraphs.size()
                        && opensDoubleAt(text, paragraphs.get(p + 1).start());
                if (continues) {
                    if (end > contentStart) {
                        pieces.add(new int[] {contentStart, end});
                    }
                } else {
                    if (end > contentStart) {
                        pieces.add(new int[] {contentStart, end});
                    }
                    if (!pieces.isEmpty()) {
                        spans.add(new QuotedSpan(spans.size(), pieces, open, -1));
                    }
                    pieces = new ArrayList<>();
                    open = -1;
                }
            }
        }
        return doc.withQuotedSpans(spans);
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean opensDoubleAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '“' || c == '„' || c == '«' || c == '"' || text.startsWith("''", i);
    }

    private static boolean isDoubleOpen(char c, String text, int i, int paraStart) {
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        return c == '"'
                && opensContext(text, i, paraStart)
                && i + 1 < text.length()
                && !Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * "“It's unusual,“ said Noble": an opening mark glued to the end of a word or clause punctuation and followed by a
     * space or punctuation closes the open quote (a common typesetting slip).
     */
    private static boolean misusedOpenAsClose(char c, String text, int i, int contentStart) {
        if (c != '“' || i <= contentStart) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before)
                && (Character.isLetterOrDigit(before) || ".,!?;".indexOf(before) >= 0)
                && (Character.isWhitespace(after) || ".,;:)".indexOf(after) >= 0);
    }

    private static boolean closesDouble(char c, char opener) {
        if (c == '”' || c == '»' || c == '"') {
            return true;
        }
        return c == '“' && opener == '„';
    }

    /** True when the character before {@code i} allows an opening mark: start, space, bracket, dash, colon. */
    private static boolean opensContext(String text, int i, int paraStart) {
        if (i == paraStart) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-/:;,“‘\"'>".indexOf(p) >= 0;
    }

    /** A right single mark followed by a letter or digit is an apostrophe (don’t, ’90s), not a closing mark. */
    static boolean apostrophe(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
