package dev.saywho.attribution.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a sentence's engine tokens into the words the UD treebanks (and so the parser) use, every word keeping its exact
 * offsets: a negated auxiliary is two words ({@code don’t} is {@code do} {@code n’t}, {@code can't} is {@code ca}
 * {@code n't}), other clitics are split off ({@code I'm}, {@code they’re}, {@code we've}, {@code she'll},
 * {@code he'd}), and a hyphenated compound is three words ({@code well-known} is {@code well} {@code -} {@code known})
 * unless its first part is a prefix the treebank keeps attached ({@code non-stop}, {@code post-war}). The possessive
 * {@code ’s} is already a token of its own.
 */
public final class UdWords {

    /** A word before parsing: its text span and the engine token it comes from. */
    public record Piece(int start, int end, String form, int token) {}

    private static final Set<String> CLITICS = Set.of("m", "re", "ve", "ll", "d", "s");
    private static final Set<String> ATTACHED_PREFIXES = Set.of(
            "non", "post", "pre", "re", "co", "anti", "pro", "e", "ex", "mid", "multi", "semi", "sub", "inter", "x",
            "t");

    private UdWords() {}

    /** The words of sentence {@code s} of {@code doc}, in order. */
    public static List<Piece> of(Document doc, Sentence s) {
        List<Piece> out = new ArrayList<>(s.tokenCount() + 4);
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Token token = doc.token(t);
            if (!token.word()) {
                out.add(new Piece(token.start(), token.end(), token.text(), t));
                continue;
            }
            for (Piece part : hyphenParts(token, t)) {
                splitClitic(part, out);
            }
        }
        return out;
    }

    private static List<Piece> hyphenParts(Token token, int t) {
        String text = token.text();
        int hyphen = text.indexOf('-');
        if (hyphen <= 0
                || hyphen == text.length() - 1
                || text.contains("://")
                || text.indexOf('.') >= 0
                || ATTACHED_PREFIXES.contains(text.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
            return List.of(new Piece(token.start(), token.end(), text, t));
        }
        List<Piece> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '-' && i > from && i + 1 < text.length()) {
                parts.add(new Piece(token.start() + from, token.start() + i, text.substring(from, i), t));
                parts.add(new Piece(token.start() + i, token.start() + i + 1, "-", t));
                from = i + 1;
            }
        }
        parts.add(new Piece(token.start() + from, token.end(), text.substring(from), t));
        return parts;
    }

    private static void splitClitic(Piece word, List<Piece> out) {
        String text = word.form();
        String lower = text.toLowerCase(Locale.ROOT);
        int n = text.length();
        // n't: "don't" -> "do" + "n't"; "can't" -> "ca" + "n't"; "won't" -> "wo" + "n't"
        if (n >= 4 && (lower.endsWith("n't") || lower.endsWith("n’t"))) {
            int cut = n - 3;
            out.add(new Piece(word.start(), word.start() + cut, text.substring(0, cut), word.token()));
            out.add(new Piece(word.start() + cut, word.end(), text.substring(cut), word.token()));
            return;
        }
        int apostrophe = Math.max(text.lastIndexOf('\''), text.lastIndexOf('’'));
        if (apostrophe > 0 && apostrophe < n - 1 && CLITICS.contains(lower.substring(apostrophe + 1))) {
            out.add(new Piece(word.start(), word.start() + apostrophe, text.substring(0, apostrophe), word.token()));
            out.add(new Piece(word.start() + apostrophe, word.end(), text.substring(apostrophe), word.token()));
            return;
        }
        out.add(word);
    }
}
