package dev.saywho.attribution.engine.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * Where a reported clause ends: the candidate ends of a frame's content, with the features the {@link ContentModel}
 * weighs. Only a frame whose one content piece follows its cue and is not all quoted asks ("Varga said the bridge
 * will close in May, a month later than planned"); a direct quote ends at its closing mark. The candidates are the
 * rules' end ({@code current}), every place before a word that can start what follows a clause (a comma, a dash, a
 * semicolon, a coordinating or subordinating word, a preposition) between the content's second word and the end of
 * the sentence, and the sentence's end; a content is never carried into a quotation that opens after the rules' end,
 * nor past the closing quotation mark the rules ended it at.
 * A candidate's features name that word (its cut) and the one after it, whether the next word is a speech verb, a
 * pronoun, a capital or quoted, whether a closing quotation mark comes just before, the shape of the last word kept
 * (a function word, a capital, an ending), how many words the content keeps and leaves, the rule that found the frame
 * and, where the rules already parsed the sentence (no parse is asked for here), the tags of the last word kept and
 * the next one, whether a verb is kept, and how the cut-off words hang on the tree: the relation of the one that
 * attaches before the cut, and whether it hangs on the content's head, on the cue or deeper. At most
 * {@value #MAX_CANDIDATES} per frame.
 */
public final class ContentCandidates {

    /** The feature set's version: a model fitted on other features is refused. */
    public static final String VERSION = "content-features-1";
    /** Bounds the work per frame: a 200-word sentence still has at most this many candidates. */
    public static final int MAX_CANDIDATES = 30;

    /** Words that can start what follows a reported clause: a new clause, an adjunct, an aside. */
    private static final Set<String> CUT_WORDS = Set.of(
            "and",
            "but",
            "or",
            "while",
            "whereas",
            "as",
            "because",
            "since",
            "although",
            "though",
            "even",
            "after",
            "before",
            "when",
            "until",
            "unless",
            "if",
            "so",
            "which",
            "who",
            "where",
            "with",
            "without",
            "in",
            "on",
            "at",
            "during",
            "for",
            "by",
            "from",
            "to",
            "over",
            "about",
            "against",
            "including",
            "citing",
            "saying",
            "according",
            "adding",
            "noting",
            "despite",
            "amid",
            "than",
            "then",
            "instead",
            "rather",
            "not",
            "that");

    private static final Set<String> PUNCTUATION_CUTS = Set.of(",", ";", "—", "–", "-", "(", ":");

    /** Words a phrase does not end on; a content cut after one is cut in the middle. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "to", "that", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from",
            "as", "his", "her", "their", "its", "this", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "would", "will", "could", "should", "not", "it", "he", "she", "they", "who", "which", "more", "most");

    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "these");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»");

    private ContentCandidates() {}

    /** One candidate: where the content would end (an offset into the text), whether the rules' end, its features. */
    public record Candidate(int end, boolean current, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    /** The index of the rules' end among {@code candidates}, or -1 when there are none. */
    public static int indexOfRulesEnd(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).current()) {
                return i;
            }
        }
        return -1;
    }

    /** The candidate ends of {@code frame}'s content; empty when the frame does not ask (see the class comment). */
    public static List<Candidate> of(Document doc, Lexicons lex, Frame frame) {
        if (frame.sentence() < 0
                || frame.sentence() >= doc.sentences().size()
                || frame.content().size() != 1
                || frame.contentStart() < frame.cueEnd()) {
            return List.of();
        }
        Sentence s = doc.sentences().get(frame.sentence());
        int first = -1;
        int last = -1;
        int words = 0;
        int quotedWords = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = doc.token(k);
            if (t.start() >= frame.contentStart() && t.end() <= frame.contentEnd()) {
                first = first < 0 ? k : first;
                last = k;
                if (t.word()) {
                    words++;
                    quotedWords += doc.quoted(t.start()) ? 1 : 0;
                }
            }
        }
        if (first < 0 || words < 2 || quotedWords == words || frame.contentEnd() > s.end()) {
            return List.of();
        }
        int sentenceLast = s.endToken() - 1;
        while (sentenceLast > last && !doc.token(sentenceLast).word()) {
            sentenceLast--; // the sentence's end is its last word, before its full stop and closing marks
        }
        SentenceTree tree = doc.parsed(s) ? doc.tree(s) : null;
        Reading r = new Reading(
                doc,
                lex,
                s,
                tree,
                tree == null ? -1 : contentHead(tree, frame),
                tree == null ? -1 : tree.wordStartingAt(frame.cueStart()),
                first,
                "rule=" + frame.rule().name(),
                frame.contentEnd());
        List<Candidate> out = new ArrayList<>();
        boolean currentSeen = false;
        boolean afterCloseMark = closesQuote(doc, last) || (doc.token(last).is(",") && closesQuote(doc, last - 1));
        for (int k = first + 2; k <= sentenceLast + 1 && out.size() < MAX_CANDIDATES - 1; k++) {
            boolean atEnd = k == sentenceLast + 1;
            Token t = atEnd ? null : doc.token(k);
            String cut = atEnd ? "end" : cutWord(t);
            int end = doc.token(k - 1).end();
            boolean current = end == frame.contentEnd();
            if (end > frame.contentEnd() && (afterCloseMark || opensQuote(doc, doc.token(k - 1)))) {
                // a content is not carried into a quotation that follows it (that is a quote of its own), nor past
                // the closing mark the rules ended it at: cross-validated on PolNeAR, carrying such contents on
                // lost 19 matches and won 13
                break;
            }
            if (cut == null && !current) {
                continue;
            }
            currentSeen |= current;
            out.add(new Candidate(end, current, features(r, k, cut == null ? "word" : cut, current)));
        }
        if (!currentSeen) {
            return List.of(); // the rules ended it inside a word or past the sentence: nothing to weigh it against
        }
        return out;
    }

    private static boolean opensQuote(Document doc, Token t) {
        QuotedSpan q = quoteOfMark(doc, t);
        return q != null && q.openMark() == t.start();
    }

    /** Whether token {@code k} is a quotation's closing mark. */
    private static boolean closesQuote(Document doc, int k) {
        Token t = doc.token(k);
        QuotedSpan q = quoteOfMark(doc, t);
        return q != null && q.closeMark() == t.start();
    }

    /** The quotation whose mark token {@code t} may be (the document's indexed lookup), or null for any other token. */
    private static QuotedSpan quoteOfMark(Document doc, Token t) {
        return QUOTE_MARKS.contains(t.text()) ? doc.quoteAt(t.start()) : null;
    }

    private static String cutWord(Token t) {
        String w = t.lower();
        if (PUNCTUATION_CUTS.contains(w)) {
            return w.equals("–") ? "—" : w;
        }
        if (QUOTE_MARKS.contains(t.text())) {
            return null;
        }
        return t.word() && CUT_WORDS.contains(w) ? w : null;
    }

    /**
     * What the features of every candidate of one frame read: its sentence and tree (null when unparsed), the
     * content's head word and the cue's word on it (-1: none), the content's first token, the rule's name and the
     * rules' end.
     */
    private record Reading(
            Document doc,
            Lexicons lex,
            Sentence s,
            SentenceTree tree,
            int head,
            int cue,
            int first,
            String rule,
            int currentEnd) {}

    /** The features of the candidate that cuts the content before token {@code k} at {@code cut}. */
    private static List<String> features(Reading r, int k, String cut, boolean current) {
        Document doc = r.doc();
        Sentence s = r.s();
        SentenceTree tree = r.tree();
        int first = r.first();
        String rule = r.rule();
        List<String> f = new ArrayList<>();
        int end = doc.token(k - 1).end();
        String side = current ? "at" : end < r.currentEnd() ? "before" : "after";
        if (current) {
            f.add("current");
            f.add("current&" + rule);
        }
        f.add("cut=" + cut);
        f.add("cut=" + cut + "&side=" + side);
        f.add("cut=" + cut + "&" + rule);
        int n = nextWord(doc, s, k);
        String next = n < 0 ? "none" : doc.token(n).lower();
        if (n >= 0) {
            Token nt = doc.token(n);
            f.add("cut=" + cut + "&next=" + next);
            if (r.lex().speechVerb(next) != null) {
                f.add("cut=" + cut + "&next=speech");
            }
            if (PRONOUNS.contains(next)) {
                f.add("cut=" + cut + "&next=pronoun");
            }
            if (nt.capitalized()) {
                f.add("cut=" + cut + "&next=capital");
            }
            if (doc.quoted(nt.start())) {
                f.add("cut=" + cut + "&next=quoted");
            }
        }
        Token before = doc.token(k - 1);
        if (QUOTE_MARKS.contains(before.text())
                || (k - 2 >= first && QUOTE_MARKS.contains(doc.token(k - 2).text()) && before.is(","))) {
            f.add("cut=" + cut + "&after-close-mark");
        }
        if (!"end".equals(cut) && doc.quoted(doc.token(k).start())) {
            f.add("cut=" + cut + "&quoted");
        }
        Token last = lastWord(doc, first, k);
        if (last != null) {
            String lastShape = shape(last);
            f.add("last=" + lastShape);
            f.add("last=" + lastShape + "&cut=" + cut);
        }
        int kept = wordsBetween(doc, first, k);
        int left = wordsBetween(doc, k, s.endToken());
        f.add("kept=" + bucket(kept));
        f.add("left=" + bucket(left));
        f.add("cut=" + cut + "&left=" + bucket(left));
        f.add(side + "&left=" + bucket(left));
        if (tree == null) {
            f.add("unparsed&cut=" + cut);
        } else if (!"end".equals(cut)) {
            String dep = cutOff(tree, doc.token(k).start(), end, r.head(), r.cue());
            f.add("dep=" + dep);
            f.add("cut=" + cut + "&dep=" + dep);
            f.add(side + "&dep=" + dep);
        }
        if (tree != null) {
            int lw = last == null ? -1 : tree.wordStartingAt(last.start());
            String lastTag = lw < 0 ? "none" : tree.word(lw).upos();
            f.add("last.tag=" + lastTag);
            f.add("last.tag=" + lastTag + "&cut=" + cut);
            int nw = n < 0 ? -1 : tree.wordStartingAt(doc.token(n).start());
            if (nw >= 0) {
                f.add("cut=" + cut + "&next.tag=" + tree.word(nw).upos());
            }
            f.add("kept.verb=" + keptVerb(tree, doc.token(first).start(), end) + "&cut=" + cut);
        }
        return f;
    }

    /**
     * How the words cut off hang on the tree: the relation of the first word at or after the cut whose head lies
     * before it, and whether that head is the content's head, the cue or another word ({@code obl@head},
     * {@code conj@cue}, {@code punct@other}).
     */
    private static String cutOff(SentenceTree tree, int cutStart, int keptEnd, int head, int cue) {
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            if (w.start() < cutStart) {
                continue;
            }
            int h = w.head();
            if (h >= 0 && tree.word(h).end() <= keptEnd) {
                String at = h == head ? "head" : h == cue ? "cue" : "other";
                return w.relation() + "@" + at;
            }
        }
        return "none";
    }

    /** The content's head word: the one word of the content whose head lies outside it (-1 when none or several). */
    private static int contentHead(SentenceTree tree, Frame frame) {
        int found = -1;
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            if (w.start() < frame.contentStart() || w.end() > frame.contentEnd()) {
                continue;
            }
            int h = w.head();
            boolean outside = h < 0
                    || tree.word(h).start() < frame.contentStart()
                    || tree.word(h).end() > frame.contentEnd();
            if (outside && !w.relation().equals("punct")) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** A word's shape: a function word itself, else its capital or its ending ({@code Cap}, {@code -ed}, …). */
    private static String shape(Token t) {
        String w = t.lower();
        if (FUNCTION_WORDS.contains(w)) {
            return w;
        }
        if (t.capitalized()) {
            return "Cap";
        }
        return w.endsWith("ly")
                ? "-ly"
                : w.endsWith("ed") ? "-ed" : w.endsWith("ing") ? "-ing" : w.endsWith("s") ? "-s" : "word";
    }

    /** Whether a word tagged VERB or AUX lies among the kept words. */
    private static boolean keptVerb(SentenceTree tree, int from, int to) {
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            if (w.start() >= from
                    && w.end() <= to
                    && (w.upos().equals("VERB") || w.upos().equals("AUX"))) {
                return true;
            }
        }
        return false;
    }

    private static Token lastWord(Document doc, int first, int k) {
        for (int i = k - 1; i >= first; i--) {
            if (doc.token(i).word()) {
                return doc.token(i);
            }
        }
        return null;
    }

    private static int nextWord(Document doc, Sentence s, int k) {
        for (int i = k + 1; i < s.endToken(); i++) {
            if (doc.token(i).word()) {
                return i;
            }
        }
        return -1;
    }

    private static int wordsBetween(Document doc, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += doc.token(i).word() ? 1 : 0;
        }
        return n;
    }

    private static String bucket(int words) {
        if (words <= 2) {
            return Integer.toString(words);
        }
        return words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20" : ">20";
    }
}
