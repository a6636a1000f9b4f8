package dev.saywho.attribution.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The span and speaker rules of shared/eval/score.py, in Java, for tests that check single articles. All offsets
 * are code-point offsets into {@code codePoints}, as in the scorer.
 */
public final class ScorerRules {

    private static final String QUOTE_CHARS = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a`";
    private static final Set<String> TITLES = Set.of(("mr mrs ms miss mx dr prof professor sir dame lord lady rev "
                    + "reverend fr father sister brother sen senator rep representative congressman congresswoman gov "
                    + "governor lt ltgov president pres vice vp secretary sec gen general col colonel maj major capt "
                    + "captain sgt sergeant cpl adm admiral cmdr commander chief justice judge attorney atty mayor "
                    + "councilman councilwoman councillor chancellor minister premier king queen prince princess pope "
                    + "ambassador amb hon honorable dep deputy former the a an")
            .split(" "));
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private ScorerRules() {}

    /** Whitespace, a quotation mark or punctuation: what the scorer trims from both ends of a span. */
    static boolean isEdgeJunk(int codePoint) {
        if (Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || QUOTE_CHARS.indexOf(codePoint) >= 0) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The trimmed character positions of a span given as fragments {@code [[s, e], ...]}. */
    public static BitSet spanSet(int[] codePoints, List<int[]> fragments) {
        BitSet set = new BitSet();
        for (int[] fragment : fragments) {
            int s = Math.max(0, Math.min(fragment[0], codePoints.length));
            int e = Math.max(s, Math.min(fragment[1], codePoints.length));
            while (s < e && isEdgeJunk(codePoints[s])) {
                s++;
            }
            while (e > s && isEdgeJunk(codePoints[e - 1])) {
                e--;
            }
            set.set(s, e);
        }
        return set;
    }

    /** Character Jaccard of two trimmed spans. */
    public static double overlap(BitSet gold, BitSet predicted) {
        BitSet inter = (BitSet) gold.clone();
        inter.and(predicted);
        BitSet union = (BitSet) gold.clone();
        union.or(predicted);
        return union.isEmpty() ? 0.0 : (double) inter.cardinality() / union.cardinality();
    }

    /**
     * One-to-one greedy matching by descending overlap (ties: earlier gold, then earlier prediction), pairs with
     * overlap of at least {@code minOverlap}; returns, for each gold span, the index of its prediction or -1.
     */
    public static int[] match(List<BitSet> gold, List<BitSet> predicted, double minOverlap) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (gold.get(g).isEmpty() || predicted.get(p).isEmpty()) {
                    continue;
                }
                double ov = overlap(gold.get(g), predicted.get(p));
                if (ov > 0 && ov >= minOverlap) {
                    candidates.add(new double[] {ov, g, p});
                }
            }
        }
        candidates.sort((a, b) -> a[0] != b[0]
                ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        int[] matchOf = new int[gold.size()];
        Arrays.fill(matchOf, -1);
        boolean[] used = new boolean[predicted.size()];
        for (double[] c : candidates) {
            int g = (int) c[1];
            int p = (int) c[2];
            if (matchOf[g] < 0 && !used[p]) {
                matchOf[g] = p;
                used[p] = true;
            }
        }
        return matchOf;
    }

    /** The scorer's normalised name tokens: accents, possessive 's, punctuation, titles and articles removed. */
    public static List<String> normTokens(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = POSSESSIVE.matcher(s).replaceAll(" ");
        s = NON_WORD.matcher(s).replaceAll(" ");
        List<String> tokens =
                Arrays.stream(s.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
        List<String> kept = tokens.stream().filter(t -> !TITLES.contains(t)).toList();
        if (kept.isEmpty()) {
            kept = tokens.stream().filter(t -> !ARTICLES.contains(t)).toList();
            if (kept.isEmpty()) {
                kept = tokens;
            }
        }
        return kept;
    }

    /** The scorer's lenient speaker rule: equal names, or one normalised token list a suffix of the other. */
    public static boolean speakerMatch(String predicted, List<String> goldNames) {
        if (predicted != null
                && goldNames.stream().anyMatch(g -> predicted.strip().equalsIgnoreCase(g.strip()))) {
            return true;
        }
        List<String> p = normTokens(predicted);
        if (p.isEmpty()) {
            return false;
        }
        for (String g : goldNames) {
            List<String> gt = normTokens(g);
            if (gt.isEmpty()) {
                continue;
            }
            List<String> shorter = p.size() <= gt.size() ? p : gt;
            List<String> longer = p.size() <= gt.size() ? gt : p;
            if (longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
