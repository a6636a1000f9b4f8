package dev.saywho.ingest.normalize;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ({@code â€™} back to {@code ’}).
 *
 * <p>Mojibake of a multi-byte UTF-8 character consists only of non-ASCII characters, so the repair looks at each
 * maximal run of characters that map back to a single byte in 0x80–0xFF, decodes the valid UTF-8 sequences in it,
 * and keeps the result only when it has fewer suspicious characters than the run had. One pass, linear time.
 */
final class Mojibake {

    /** Windows-1252 characters for bytes 0x80–0x9F; its five undefined bytes stand for the C1 control itself. */
    private static final String CP1252_80_TO_9F =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D"
                    + "\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
                    + "\u009D\u017E\u0178";

    String repair(String s) {
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (byteOf(s.charAt(i)) < 0) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && byteOf(s.charAt(end)) >= 0) {
                end++;
            }
            String fixed = end - i > 1 ? decodeRun(s, i, end) : null;
            if (fixed != null && out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                if (fixed != null) {
                    out.append(fixed);
                } else {
                    out.append(s, i, end);
                }
            }
            i = end;
        }
        return out == null ? s : out.toString();
    }

    /** Decodes the UTF-8 sequences in {@code s[from, to)}; null when that would not make the run less suspicious. */
    private static String decodeRun(String s, int from, int to) {
        StringBuilder decoded = new StringBuilder(to - from);
        boolean changed = false;
        int k = from;
        while (k < to) {
            int codePoint = decodeAt(s, k, to);
            if (codePoint >= 0) {
                decoded.appendCodePoint(codePoint);
                k += sequenceLength(byteOf(s.charAt(k)));
                changed = true;
            } else {
                decoded.append(s.charAt(k));
                k++;
            }
        }
        if (!changed || suspiciousCount(decoded, 0, decoded.length()) >= suspiciousCount(s, from, to)) {
            return null;
        }
        return decoded.toString();
    }

    /** The code point of a well-formed UTF-8 sequence starting at {@code k}, or -1. */
    private static int decodeAt(String s, int k, int to) {
        int lead = byteOf(s.charAt(k));
        int length = sequenceLength(lead);
        if (length == 0 || k + length > to) {
            return -1;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int j = 1; j < length; j++) {
            int b = byteOf(s.charAt(k + j));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        int minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (codePoint < minimum
                || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return -1;
        }
        return plausible(codePoint) ? codePoint : -1;
    }

    private static boolean plausible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The byte 0x80–0xFF this character stands for in Windows-1252 or Latin-1, or -1. */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        int index = CP1252_80_TO_9F.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    private static int suspiciousCount(CharSequence s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c >= 0x80 && c <= 0xBF) || c == 'Ã' || c == 'Â' || c == 'â' || CP1252_80_TO_9F.indexOf(c) >= 0) {
                count++;
            }
        }
        return count;
    }
}
