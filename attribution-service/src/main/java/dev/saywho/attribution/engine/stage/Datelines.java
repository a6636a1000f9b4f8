package dev.saywho.attribution.engine.stage;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Paragraph;

/**
 * Datelines: "HALVERTON —", "PORT TESSALY (Coastline Wire) —", "SKALDHAVEN, Varenland -" opening a paragraph. They
 * say where the story was filed; no quotation, speaker or name run includes them.
 */
final class Datelines {

    /** The longest dateline considered, in characters. */
    private static final int MAX_LENGTH = 80;

    private Datelines() {}

    /**
     * The offset right after the dateline (and the space after its dash) that opens paragraph {@code p}, or
     * {@code p.start()} when it opens with none.
     */
    static int end(Document doc, Paragraph p) {
        return end(doc.text(), p.start(), p.end());
    }

    /** The offset right after the dateline opening the paragraph text[start, end), or {@code start} for none. */
    static int end(String text, int start, int end) {
        int limit = Math.min(end, start + MAX_LENGTH);
        int i = start;
        int letters = 0;
        // the place: capital letters, spaces, dots, hyphens and apostrophes, then optionally ", Country" in any case
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    break;
                }
                letters++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '’') {
                break;
            }
            i++;
        }
        if (letters < 3 || (i < limit && Character.isLetter(text.charAt(i)))) {
            return start;
        }
        // the last capital of a place written "SKALDHAVEN, Varenland" or a lone word "The" is no dateline
        if (i < limit && text.charAt(i) == ',') {
            i++;
            while (i < limit && "(—–-".indexOf(text.charAt(i)) < 0) {
                if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != ' ' && text.charAt(i) != '.') {
                    return start;
                }
                i++;
            }
        }
        if (i < limit && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close < 0 || close >= limit) {
                return start;
            }
            i = close + 1;
            while (i < limit && text.charAt(i) == ' ') {
                i++;
            }
        }
        if (i >= limit || !(text.charAt(i) == '—' || text.charAt(i) == '–' || text.charAt(i) == '-')) {
            return start;
        }
        i++;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i < end ? i : start;
    }

    /** The end of the dateline that covers {@code offset}, or {@code offset} when no dateline covers it. */
    static int skip(Document doc, int offset) {
        java.util.List<Paragraph> ps = doc.paragraphs();
        int lo = 0;
        int hi = ps.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = ps.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                int end = offset - p.start() < MAX_LENGTH ? end(doc, p) : p.start();
                return offset < end ? end : offset;
            }
        }
        return offset;
    }
}
