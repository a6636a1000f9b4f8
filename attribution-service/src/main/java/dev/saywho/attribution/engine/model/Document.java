package dev.saywho.attribution.engine.model;

import java.util.Arrays;
import java.util.List;

import dev.saywho.attribution.engine.syntax.SentenceTree;

/** The segmented text: paragraphs, sentences, tokens and the quoted spans; immutable. */
public final class Document {

    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] tokenSentence;
    private final List<QuotedSpan> quotedSpans;
    private final int[] quoteStarts;
    private final SyntaxAnalyzer syntax;
    /** Trees parsed so far, by sentence index; shared by the copies that differ only in quoted spans. */
    private final SentenceTree[] trees;

    public Document(
            String text,
            List<Paragraph> paragraphs,
            List<Sentence> sentences,
            List<Token> tokens,
            List<QuotedSpan> quotedSpans) {
        this(text, paragraphs, sentences, tokens, quotedSpans, SyntaxAnalyzer.shipped(), null);
    }

    private Document(
            String text,
            List<Paragraph> paragraphs,
            List<Sentence> sentences,
            List<Token> tokens,
            List<QuotedSpan> quotedSpans,
            SyntaxAnalyzer syntax,
            SentenceTree[] trees) {
        this.syntax = syntax;
        this.trees = trees != null ? trees : new SentenceTree[sentences.size()];
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.quotedSpans = List.copyOf(quotedSpans);
        this.tokenSentence = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                tokenSentence[t] = s.index();
            }
        }
        this.quoteStarts = new int[quotedSpans.size()];
        for (int i = 0; i < quotedSpans.size(); i++) {
            quoteStarts[i] = quotedSpans.get(i).openMark();
        }
    }

    /** The same document with its quoted spans. */
    public Document withQuotedSpans(List<QuotedSpan> spans) {
        return new Document(text, paragraphs, sentences, tokens, spans, syntax, trees);
    }

    /** The same document parsed by {@code analyzer} instead of the shipped model. */
    public Document withSyntax(SyntaxAnalyzer analyzer) {
        return new Document(text, paragraphs, sentences, tokens, quotedSpans, analyzer, null);
    }

    /** Whether sentence {@code s} has been parsed already (asking costs nothing). */
    public boolean parsed(Sentence s) {
        return trees[s.index()] != null;
    }

    /**
     * The dependency tree of sentence {@code s}, parsed on first request and kept. The syntax model is loaded the
     * first time any document asks; a document is read by one thread at a time, and a tree parsed twice by a race
     * would be the same tree.
     */
    public SentenceTree tree(Sentence s) {
        SentenceTree tree = trees[s.index()];
        if (tree == null) {
            tree = syntax.parse(this, s);
            trees[s.index()] = tree;
        }
        return tree;
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<QuotedSpan> quotedSpans() {
        return quotedSpans;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int tokenCount() {
        return tokens.size();
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(tokenSentence[token]);
    }

    /** How many quoted spans open before {@code offset}: also the index of the first one opening at or after it. */
    public int quotesOpeningBefore(int offset) {
        int i = Arrays.binarySearch(quoteStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The innermost top-level quoted span containing {@code offset} (marks included), or null. */
    public QuotedSpan quoteAt(int offset) {
        int found = quotesOpeningBefore(offset + 1) - 1;
        if (found < 0) {
            return null;
        }
        QuotedSpan q = quotedSpans.get(found);
        if (!q.contains(offset)) {
            return null;
        }
        if (offset == q.openMark() || (q.closeMark() >= 0 && offset >= q.closeMark())) {
            return q;
        }
        int[] p = pieceAtOrBefore(q.pieces(), offset);
        return p != null && offset <= p[1] ? q : null;
    }

    /**
     * The last piece whose opening mark (the character before its content) is at or before {@code offset}, or null.
     * A binary search: a quote that runs over thousands of paragraphs has a piece per paragraph, and this is asked
     * for every token.
     */
    static int[] pieceAtOrBefore(List<int[]> pieces, int offset) {
        int lo = 0;
        int hi = pieces.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] p = pieces.get(mid);
            if (p[0] - 1 <= offset) {
                found = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** True when {@code offset} lies inside quotation marks. */
    public boolean quoted(int offset) {
        return quoteAt(offset) != null;
    }
}
