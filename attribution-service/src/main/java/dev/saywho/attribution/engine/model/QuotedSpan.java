package dev.saywho.attribution.engine.model;

import java.util.List;

/**
 * Text between matching quotation marks. {@code pieces} are the content pieces without the marks (one per
 * paragraph for a quote that runs over several paragraphs), in text order; {@code openMark} and {@code closeMark} are
 * the offsets of the marks ({@code closeMark} is -1 when the quote is closed by the end of its paragraph;
 * {@code closeEnd} is the offset after the closing mark, which is two characters long for the typewriter mark '').
 */
public record QuotedSpan(int index, List<int[]> pieces, int openMark, int closeMark, int closeEnd) {

    public QuotedSpan {
        pieces = List.copyOf(pieces);
    }

    /** A quote whose marks are one character each. */
    public QuotedSpan(int index, List<int[]> pieces, int openMark, int closeMark) {
        this(index, pieces, openMark, closeMark, closeMark < 0 ? -1 : closeMark + 1);
    }

    public int contentStart() {
        return pieces.get(0)[0];
    }

    public int contentEnd() {
        return pieces.get(pieces.size() - 1)[1];
    }

    /** Offset just after the closing mark (or the content end for an unclosed quote). */
    public int outerEnd() {
        return closeMark >= 0 ? closeEnd : contentEnd();
    }

    public boolean contains(int offset) {
        return offset >= openMark && offset < outerEnd();
    }
}
