package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.saywho.attribution.engine.RulePrecedence;
import dev.saywho.attribution.engine.Sieve;
import dev.saywho.attribution.engine.model.Candidate;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.common.QuoteType;

/**
 * Stage 4: turns frames and quoted spans into quote candidates. Frames are kept in sieve-precision order when their
 * contents overlap; the type follows the quotation marks (all letters quoted: direct; none: indirect; some: mixed);
 * quoted spans no frame reports become cue-less direct quotes when they read like speech (a sentence, several
 * words), and are dropped when they are scare quotes or titles.
 */
public final class QuoteAssembler {

    private final RulePrecedence precedence;

    public QuoteAssembler(RulePrecedence precedence) {
        this.precedence = precedence;
    }

    /** Candidates in text order; frames of switched-off rules are ignored, the others claim text by precedence. */
    public List<Candidate> assemble(Document doc, List<Frame> frames) {
        List<Frame> enabled = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            if (precedence.enabled(f.rule())) {
                enabled.add(f);
            }
        }
        List<Frame> ordered = withoutEmbeddedCues(enabled);
        ordered.sort(
                Comparator.comparingInt((Frame f) -> precedence.rank(f.rule())).thenComparingInt(Frame::contentStart));
        java.util.BitSet occupied = new java.util.BitSet(doc.text().length());
        List<Candidate> out = new ArrayList<>();
        List<Frame> kept = new ArrayList<>();
        List<List<int[]>> keptPieces = new ArrayList<>();
        String text = doc.text();
        for (Frame f : ordered) {
            List<int[]> pieces = trim(doc, f.content());
            if (pieces.isEmpty() || overlaps(occupied, pieces) || anonymityRequest(text, pieces)) {
                continue;
            }
            occupy(occupied, pieces);
            kept.add(f);
            keptPieces.add(pieces);
        }
        for (int k = 0; k < kept.size(); k++) {
            List<int[]> pieces = continueQuote(doc, kept.get(k), keptPieces.get(k), occupied);
            QuoteType type = classify(doc, pieces);
            if (type != QuoteType.DIRECT) {
                pieces = trimPeriod(doc.text(), pieces);
            }
            out.add(new Candidate(pieces, type, kept.get(k), paragraphOf(doc, pieces.get(0)[0])));
        }
        // "said on Fox’s “Harbour Mornings.”": a title inside a kept cue is part of the cue
        java.util.BitSet cues = new java.util.BitSet(doc.text().length());
        for (Frame f : kept) {
            cues.set(f.cueStart(), Math.max(f.cueStart(), f.cueEnd()));
        }
        // the pieces of the current run of cue-less quotes, gathered before its one candidate is made: a candidate
        // per merge would copy the run's pieces again for every quote it takes in
        List<int[]> run = null;
        int runParagraph = -1;
        int previousEnd = -1;
        for (QuotedSpan q : doc.quotedSpans()) {
            List<int[]> pieces = trim(doc, q.pieces());
            if (pieces.isEmpty()
                    || overlaps(occupied, pieces)
                    || overlaps(cues, pieces)
                    || !speechLike(doc, q, pieces)) {
                continue;
            }
            occupy(occupied, pieces);
            if (run != null && ellipsisOrBlank(text, previousEnd, q.openMark())) {
                // "“A.”\n\n“B.” . . . “C.”": cue-less quotes with nothing between them are one run of speech
                run.addAll(pieces);
            } else {
                addCueless(out, run, runParagraph);
                run = new ArrayList<>(pieces);
                runParagraph = paragraphOf(doc, pieces.get(0)[0]);
            }
            previousEnd = q.outerEnd();
        }
        addCueless(out, run, runParagraph);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private static void addCueless(List<Candidate> out, List<int[]> run, int paragraph) {
        if (run != null) {
            out.add(new Candidate(run, QuoteType.DIRECT, null, paragraph));
        }
    }

    /**
     * "Moon said Kim called the plan “reckless”": a cue inside the content another cue reports is part of that
     * content (one attribution per stretch of text), so its own frame is dropped.
     */
    private static List<Frame> withoutEmbeddedCues(List<Frame> all) {
        // "The talks stalled when Minister Abramov said it was “over.”": a speech cue inside what a sentence-subject
        // frame would report is the real report, so the sentence-subject frame goes instead
        List<Frame> frames = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Frame f = all.get(i);
            boolean holdsCue = false;
            for (int j = Math.max(0, i - 6); j < Math.min(all.size(), i + 6) && !holdsCue; j++) {
                Frame g = all.get(j);
                holdsCue = f.pattern() == Sieve.SENTENCE_SUBJECT
                        && j != i
                        && g.pattern() != Sieve.SENTENCE_SUBJECT
                        && g.cueStart() >= f.contentStart()
                        && g.cueEnd() <= f.contentEnd();
            }
            if (!holdsCue) {
                frames.add(f);
            }
        }
        List<Frame> out = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Frame g = frames.get(i);
            boolean embedded = false;
            for (int j = Math.max(0, i - 6); j < Math.min(frames.size(), i + 6) && !embedded; j++) {
                Frame f = frames.get(j);
                if (j == i || f.cueStart() == g.cueStart()) {
                    continue;
                }
                embedded = g.cueStart() >= f.contentStart()
                        && g.cueEnd() <= f.contentEnd()
                        && !(f.cueStart() >= g.contentStart() && f.cueEnd() <= g.contentEnd());
            }
            if (!embedded) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * "“A,” she said. “B.”": quotes that open the sentences right after a cue's sentence, in the same paragraph and
     * with no cue of their own, continue the quote the cue reports (one quote with several fragments).
     */
    private static List<int[]> continueQuote(Document doc, Frame f, List<int[]> pieces, java.util.BitSet occupied) {
        List<Sentence> sentences = doc.sentences();
        if (f.sentence() < 0 || f.sentence() >= sentences.size()) {
            return pieces;
        }
        Sentence cueSentence = sentences.get(f.sentence());
        int from = Math.max(cueSentence.end(), pieces.get(pieces.size() - 1)[1]);
        List<int[]> out = pieces;
        int paragraph = cueSentence.paragraph();
        QuotedSpan first = doc.quoteAt(pieces.get(0)[0]);
        if (first != null
                && first.contentStart() == pieces.get(0)[0]
                && (f.pattern() == Sieve.TRAILING_CUE || f.pattern() == Sieve.INVERTED_CUE)) {
            // "“A.” “B,” she said.": cue-less quotes right before the reported one belong to it
            int at = first.openMark();
            int back = 0;
            while (back++ < 5) {
                QuotedSpan prev = previousQuote(doc, at);
                if (prev == null
                        || prev.closeMark() < 0
                        || paragraphOf(doc, prev.openMark()) != paragraph
                        || !blank(doc.text(), prev.outerEnd(), at)) {
                    break;
                }
                List<int[]> add = trim(doc, prev.pieces());
                if (add.isEmpty() || overlaps(occupied, add)) {
                    break;
                }
                List<int[]> merged = new ArrayList<>(add);
                merged.addAll(out);
                out = merged;
                occupy(occupied, add);
                at = prev.openMark();
            }
        }
        int guard = 0;
        while (guard++ < 20) {
            QuotedSpan next = nextQuote(doc, from);
            if (next == null) {
                break;
            }
            int nextParagraph = paragraphOf(doc, next.openMark());
            if (nextParagraph == paragraph + 1
                    && first != null
                    && first.contentStart() == pieces.get(0)[0]
                    && doc.paragraphs().get(nextParagraph).start() == next.openMark()
                    && blank(doc.text(), from, doc.paragraphs().get(paragraph).end())) {
                // the next paragraph is a cue-less quote continuing this one (newswire style)
                paragraph = nextParagraph;
                from = next.openMark();
            }
            if (nextParagraph != paragraph) {
                break;
            }
            if (!blank(doc.text(), from, next.openMark())) {
                break;
            }
            List<int[]> add = trim(doc, next.pieces());
            if (add.isEmpty() || overlaps(occupied, add)) {
                break;
            }
            if (out == pieces) {
                out = new ArrayList<>(pieces);
            }
            out.addAll(add);
            occupy(occupied, add);
            from = next.outerEnd();
            if (next.pieces().size() > 1) {
                break;
            }
        }
        return out;
    }

    private static List<int[]> trimPeriod(String text, List<int[]> pieces) {
        int[] last = pieces.get(pieces.size() - 1);
        int e = last[1];
        while (e > last[0] + 1 && (text.charAt(e - 1) == '.' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e == last[1]) {
            return pieces;
        }
        List<int[]> out = new ArrayList<>(pieces.subList(0, pieces.size() - 1));
        out.add(new int[] {last[0], e});
        return out;
    }

    /** True when only whitespace and dots ("…", ". . .") lie between {@code a} and {@code b}. */
    private static boolean ellipsisOrBlank(String text, int a, int b) {
        if (a < 0 || b < a || b - a > 12) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '…') {
                return false;
            }
        }
        return true;
    }

    /** True when only whitespace and sentence punctuation lie between {@code a} and {@code b}. */
    private static boolean blank(String text, int a, int b) {
        for (int i = Math.max(0, a); i < b && i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".,;".indexOf(c) < 0 && !isCloseMarkChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloseMarkChar(char c) {
        return c == '”' || c == '"' || c == '’' || c == '»' || c == '\'';
    }

    /** The last quoted span opening before {@code before}, or null. */
    private static QuotedSpan previousQuote(Document doc, int before) {
        int index = doc.quotesOpeningBefore(before) - 1;
        return index < 0 ? null : doc.quotedSpans().get(index);
    }

    /** The first quoted span opening at or after {@code from}, or null. */
    private static QuotedSpan nextQuote(Document doc, int from) {
        int index = doc.quotesOpeningBefore(from);
        return index >= doc.quotedSpans().size() ? null : doc.quotedSpans().get(index);
    }

    private static int paragraphOf(Document doc, int offset) {
        List<Sentence> sentences = doc.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(found).paragraph();
    }

    private static boolean speechLike(Document doc, QuotedSpan q, List<int[]> pieces) {
        String text = doc.text();
        int words = 0;
        boolean terminal = false;
        for (int[] p : pieces) {
            boolean inWord = false;
            for (int i = p[0]; i < p[1]; i++) {
                char c = text.charAt(i);
                boolean w = Character.isLetterOrDigit(c);
                if (w && !inWord) {
                    words++;
                }
                inWord = w;
            }
        }
        int[] last = pieces.get(pieces.size() - 1);
        for (int i = last[1] - 1; i >= last[0] && i >= last[1] - 3; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == ',') {
                terminal = true;
            }
        }
        char open = text.charAt(q.openMark());
        if (open == '‘' || open == '\'') {
            return false;
        }
        if (bylined(text, q)) {
            return false;
        }
        if (words >= 2 && titleCase(text, pieces)) {
            return false;
        }
        char first = text.charAt(pieces.get(0)[0]);
        return words >= 8 || (words >= 3 && terminal && (Character.isUpperCase(first) || !Character.isLetter(first)));
    }

    private static final java.util.regex.Pattern BY_AFTER = java.util.regex.Pattern.compile("^[,\\s]*by\\s+\\p{Lu}");
    private static final java.util.regex.Pattern BY_BEFORE =
            java.util.regex.Pattern.compile("\\bby\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.’'\\s-]{0,40}:\\s*$");

    /**
     * "“Harbour toll to double,” by Tide’s Ada Lind: “The toll …”": a headline before a byline and the excerpt after
     * it are quoted writing, not speech.
     */
    private static boolean bylined(String text, QuotedSpan q) {
        int end = q.outerEnd();
        if (BY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12)))
                .find()) {
            return true;
        }
        return BY_BEFORE
                .matcher(text.substring(Math.max(0, q.openMark() - 50), q.openMark()))
                .find();
    }

    /** True for a title ("Failure to Adjust: How Americans Got Left Behind"): most longer words capitalised. */
    private static boolean titleCase(String text, List<int[]> pieces) {
        return CueWords.mostlyCapitalised(text, pieces, true, 2);
    }

    /** Direct if every letter is quoted, indirect if none is, mixed otherwise. */
    static QuoteType classify(Document doc, List<int[]> pieces) {
        String text = doc.text();
        int quoted = 0;
        int plain = 0;
        for (int[] p : pieces) {
            for (int i = p[0]; i < p[1]; i++) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    continue;
                }
                if (doc.quoted(i)) {
                    quoted++;
                } else {
                    plain++;
                }
            }
        }
        if (plain == 0 && quoted > 0) {
            return QuoteType.DIRECT;
        }
        return quoted == 0 ? QuoteType.INDIRECT : QuoteType.MIXED;
    }

    /**
     * Trims whitespace and trailing clause punctuation from each piece; drops empty pieces. Punctuation inside
     * quotation marks belongs to the quoted words ({@code “…capacity,” KCNA said} keeps its comma), so only unquoted
     * punctuation is trimmed.
     */
    /** "…, who asked not to be named, said": the request for anonymity is the source's description, not a quote. */
    private static final java.util.regex.Pattern ANONYMITY = java.util.regex.Pattern.compile(
            "(?i)((not )?to be (named|identified|quoted)|to (give|use|publish) (his|her|their) (full )?names?|anonymity"
                    + "|that (his|her|their) names? (not )?be)\\b.*");

    private static boolean anonymityRequest(String text, List<int[]> pieces) {
        int[] first = pieces.get(0);
        return ANONYMITY
                .matcher(text.substring(first[0], Math.min(first[1], first[0] + 40)))
                .lookingAt();
    }

    static List<int[]> trim(Document doc, List<int[]> pieces) {
        String text = doc.text();
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) {
            int s = Datelines.skip(doc, Math.max(0, p[0]));
            int e = Math.min(text.length(), p[1]);
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s
                    && (Character.isWhitespace(text.charAt(e - 1))
                            || (",;:—–".indexOf(text.charAt(e - 1)) >= 0 && !doc.quoted(e - 1)))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    private static boolean overlaps(java.util.BitSet occupied, List<int[]> pieces) {
        for (int[] p : pieces) {
            int next = occupied.nextSetBit(p[0]);
            if (next >= 0 && next < p[1]) {
                return true;
            }
        }
        return false;
    }

    private static void occupy(java.util.BitSet occupied, List<int[]> pieces) {
        for (int[] p : pieces) {
            occupied.set(p[0], p[1]);
        }
    }
}
