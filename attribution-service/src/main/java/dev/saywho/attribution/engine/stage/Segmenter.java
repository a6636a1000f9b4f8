package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Paragraph;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 1: splits a text into paragraphs (lines), tokens and sentences with offset-exact rules.
 * Rule-based rather than statistical so that quotation marks, apostrophes and abbreviation dots get exactly the
 * treatment the later stages rely on; linear in the text length.
 */
public final class Segmenter {

    /** Work cap: tokens past this many are not analysed (the caller still gets valid offsets). */
    public static final int MAX_TOKENS = 300_000;

    private static final int MAX_SENTENCE_TOKENS = 250;

    private static final Set<String> TITLE_ABBREVIATIONS = words(
            "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Rev",
            "Prof", "St", "Mt", "Ft", "No", "vs", "Sens", "Reps", "Cmdr", "Gens", "Supt", "Det", "Insp", "Hon", "Pres",
            "Atty", "Amb");
    private static final Set<String> OTHER_ABBREVIATIONS = words(
            "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "etc",
            "Ave", "Blvd", "a.m", "p.m", "Mass", "Calif", "Fla", "Ill", "Pa", "Va", "Wash", "Ariz", "Ga", "Mich", "Wis",
            "Minn", "Tenn", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Conn", "Colo", "Del", "Ind", "Kan", "Neb",
            "Ala", "Ark", "Miss", "Mont", "Wyo", "Vt", "Tex", "D", "R", "I");

    private final Lexicons lexicons;

    public Segmenter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Segments {@code text}; the returned document has no quoted spans yet. */
    public Document segment(String text) {
        List<Token> tokens = tokenize(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int t = 0;
        int pos = 0;
        while (pos < n && t < tokens.size()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int firstTok = t;
            while (t < tokens.size() && tokens.get(t).start() < lineEnd) {
                t++;
            }
            if (t > firstTok) {
                int firstSentence = sentences.size();
                splitSentences(text, tokens, firstTok, t, paragraphs.size(), sentences);
                paragraphs.add(new Paragraph(
                        paragraphs.size(),
                        tokens.get(firstTok).start(),
                        tokens.get(t - 1).end(),
                        firstSentence,
                        sentences.size()));
            }
            pos = lineEnd + 1;
        }
        return new Document(text, paragraphs, sentences, tokens, List.of());
    }

    private void splitSentences(String text, List<Token> tokens, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int body =
                Datelines.end(text, tokens.get(from).start(), tokens.get(to - 1).end());
        if (body > tokens.get(from).start()) {
            // "ESKERBY — The ministry said …": the dateline is a sentence of its own, so no rule reads it as the
            // first words of the sentence it opens
            while (start < to && tokens.get(start).start() < body) {
                start++;
            }
            out.add(new Sentence(
                    out.size(), tokens.get(from).start(), tokens.get(start - 1).end(), from, start, paragraph));
        }
        for (int i = start; i < to; i++) {
            Token tok = tokens.get(i);
            boolean end = false;
            int last = i;
            if (!tok.word() && (tok.is(".") || tok.is("?") || tok.is("!") || tok.is("…"))) {
                while (last + 1 < to && isCloser(tokens.get(last + 1), tokens.get(last))) {
                    last++;
                }
                // "(D-N.C.)", "U.S.-led": a word glued to the period continues the sentence
                end = last + 1 >= to
                        || (startsSentence(tokens.get(last + 1))
                                && !(tokens.get(last + 1).word()
                                        && tokens.get(last + 1).start()
                                                == tokens.get(last).end()));
            } else if (tok.word() && tok.text().endsWith(".") && tok.text().length() > 1 && i + 1 < to) {
                String stem = tok.text().substring(0, tok.text().length() - 1);
                Token next = tokens.get(i + 1);
                end = !TITLE_ABBREVIATIONS.contains(stem)
                        && ((next.capitalized() && lexicons.isSentenceStarter(next.text()) && !next.is("I"))
                                || opensQuotedSentence(tokens, i + 1, to));
            }
            if (!end && i - start + 1 >= MAX_SENTENCE_TOKENS) {
                end = true;
            }
            if (end) {
                out.add(new Sentence(
                        out.size(), tokens.get(start).start(), tokens.get(last).end(), start, last + 1, paragraph));
                start = last + 1;
                i = last;
            }
        }
        if (start < to) {
            out.add(new Sentence(
                    out.size(), tokens.get(start).start(), tokens.get(to - 1).end(), start, to, paragraph));
        }
    }

    /**
     * "… said at a rally in Binghamton, N.Y. “Secretary Clinton …”": after an abbreviation that is no title, an
     * opening double quotation mark followed by a capital starts a new sentence.
     */
    private static boolean opensQuotedSentence(List<Token> tokens, int k, int to) {
        if (k + 1 >= to) {
            return false;
        }
        Token mark = tokens.get(k);
        Token first = tokens.get(k + 1);
        return (mark.is("“") || mark.is("\""))
                && first.start() == mark.end()
                && first.word()
                && Character.isUpperCase(first.text().charAt(0));
    }

    private static boolean isCloser(Token t, Token previous) {
        if (t.word() || t.start() != previous.end()) {
            return false;
        }
        String s = t.text();
        return s.equals("”")
                || s.equals("\"")
                || s.equals("’")
                || s.equals(")")
                || s.equals("]")
                || s.equals("»")
                || s.equals("'")
                || s.equals("''");
    }

    private static boolean startsSentence(Token t) {
        if (t.word()) {
            char c = t.text().charAt(0);
            return Character.isUpperCase(c) || Character.isDigit(c);
        }
        String s = t.text();
        return s.equals("“")
                || s.equals("\"")
                || s.equals("‘")
                || s.equals("(")
                || s.equals("[")
                || s.equals("«")
                || s.equals("„")
                || s.equals("—")
                || s.equals("<")
                || s.equals("'")
                || s.equals("''");
    }

    /** Splits {@code text} into word and punctuation tokens; whitespace separates, never belongs to a token. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < MAX_TOKENS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int j = wordEnd(text, i);
                out.add(new Token(i, j, text.substring(i, j), true));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '’')
                    && i + 1 < n
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))
                    && !out.isEmpty()
                    && out.get(out.size() - 1).end() == i
                    && out.get(out.size() - 1).word()) {
                out.add(new Token(i, i + 2, text.substring(i, i + 2), true));
                i += 2;
                continue;
            }
            int len = Character.charCount(cp);
            if (i + len > n) {
                len = 1;
            }
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                len = 2;
            }
            out.add(new Token(i, i + len, text.substring(i, i + len), false));
            i += len;
        }
        return out;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                j += Character.charCount(cp);
                continue;
            }
            char ch = text.charAt(j);
            if ((ch == '\'' || ch == '’') && j > i && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)));
                if (possessive) {
                    break;
                }
                j++;
                continue;
            }
            if ((ch == '-' || ch == '\u2011') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
                continue;
            }
            if ((ch == '.' || ch == ',')
                    && j + 1 < n
                    && Character.isDigit(text.charAt(j + 1))
                    && j > i
                    && Character.isDigit(text.charAt(j - 1))) {
                j++;
                continue;
            }
            if (ch == '.' && j > i && domainSuffixAt(text, j + 1)) {
                // "fivethirtyeight.com", "politi.co": a web address is one word, its dot no sentence end
                j++;
                continue;
            }
            if (ch == '.' && takesDot(text, i, j)) {
                j++;
                if (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
                    continue;
                }
                break;
            }
            break;
        }
        return j;
    }

    private static final Set<String> DOMAIN_SUFFIXES =
            Set.of("com", "org", "net", "gov", "edu", "co", "io", "ly", "us", "uk", "ms", "fo", "st", "tv", "info");

    /** True when {@code at} starts a lower-case web-address suffix (".com") that ends the word. */
    private static boolean domainSuffixAt(String text, int at) {
        int e = at;
        while (e < text.length() && e - at < 5 && Character.isLowerCase(text.charAt(e))) {
            e++;
        }
        return e > at
                && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))
                && DOMAIN_SUFFIXES.contains(text.substring(at, e));
    }

    private static boolean takesDot(String text, int i, int j) {
        String w = text.substring(i, j);
        if (TITLE_ABBREVIATIONS.contains(w) || OTHER_ABBREVIATIONS.contains(w)) {
            return true;
        }
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        // dotted initialisms such as U.S. or D.C. continue through the loop one letter at a time
        return w.length() >= 3 && w.charAt(w.length() - 2) == '.' && Character.isLetter(w.charAt(w.length() - 1));
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
