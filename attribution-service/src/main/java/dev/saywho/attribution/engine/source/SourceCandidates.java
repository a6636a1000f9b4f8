package dev.saywho.attribution.engine.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.saywho.attribution.engine.model.Attribution;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.stage.TreeSubjects;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * The mentions that could be the source of a quote's cue, with the features the {@link SourceModel} weighs: every noun
 * phrase of the cue's sentence outside the content (a name, a noun or a pronoun heading its phrase, unless a longer
 * candidate holds it; a relative pronoun stands for its noun; "I" and "we" outside quotation marks are the writer and
 * no candidate), the mention the rules chose, wherever it is, and no source at all. A quote found without a cue takes
 * the word its content hangs on as its cue; one that is a sentence of its own and has no speaker yet, the main word of
 * the sentence before it in its paragraph (its paths marked {@code <}). A feature is a readable name: the path on the
 * tree from the cue word to the candidate ({@code path=^advcl/nsubj}: up an adverbial clause, down to its subject),
 * alone, with the rule that found the quote and with the cue word's tag; the candidate's tag, relation, pronoun or
 * noun; its side of the cue and distance in words; whether it is quoted; the entity layer's type for a name, alone and
 * with the path; and whether it is the rules' choice ({@code current}), alone, with the rule and with the path. A
 * sentence the rules did not parse is parsed for its candidates only when they named no source in it. At most {@value
 * #MAX_CANDIDATES} per quote.
 */
public final class SourceCandidates {

    /** The feature set's version: a model fitted on other features is refused. */
    public static final String VERSION = "source-features-1";
    /** Bounds the work per quote: a 200-word sentence still has at most this many candidates. */
    public static final int MAX_CANDIDATES = 40;
    /** Longest tree path named as a feature; a longer one is {@code path=far}. */
    static final int MAX_PATH = 4;

    /** Words that head a noun phrase only as a piece of a larger one. */
    private static final Set<String> INSIDE_A_PHRASE =
            Set.of("compound", "flat", "fixed", "goeswith", "compound:prt", "det", "case", "punct", "expl");

    private static final Set<String> SOURCE_TAGS = Set.of("PROPN", "NOUN", "PRON");

    /** The writer's and the reader's pronouns: outside quotation marks no source of a report. */
    private static final Set<String> WRITER = Set.of("i", "we", "you", "me", "us");

    /** Relative pronouns, which name their clause's noun. */
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private SourceCandidates() {}

    /** One candidate: its mention ({@code null}: no source), whether the rules chose it, and its features. */
    public record Candidate(Mention mention, boolean current, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    /**
     * The candidates for attribution {@code a}, the rules' choice among them when it has one; empty when no word stands
     * in for its cue, or when its sentence is unparsed and the rules named a source in it. Parses the sentences it
     * reads when the rules did not.
     */
    public static List<Candidate> of(Document doc, List<NameRun> runs, Attribution a) {
        Frame frame = a.candidate().frame();
        Sentence s;
        SentenceTree tree;
        int cue;
        boolean previous = false;
        if (frame != null
                && frame.sentence() >= 0
                && frame.sentence() < doc.sentences().size()) {
            s = doc.sentences().get(frame.sentence());
            if (!worthAParse(doc, s, a.mention())) {
                return List.of();
            }
            tree = doc.tree(s);
            cue = cueWord(tree, frame.cueStart(), frame.cueEnd());
        } else {
            // a quote found without a cue ("Varga also spoke about “a fair levy”"): the word its content hangs on
            // stands in for the cue, in the sentence where the content begins
            int token = tokenAt(doc, a.candidate().start());
            if (token < 0) {
                return List.of();
            }
            // (such quotes are few: their sentences are always worth a parse)
            s = doc.sentenceOf(token);
            tree = doc.tree(s);
            cue = attachment(tree, a.candidate().pieces());
            if (cue < 0
                    && a.mention() == null
                    && s.index() > 0
                    && doc.sentences().get(s.index() - 1).paragraph() == s.paragraph()) {
                // a quote that is a sentence of its own ("“Major changes now are dangerous.”") and that the sieves
                // found no speaker for: the source, if the sentence before it in its paragraph names one, is there,
                // and that sentence's main word stands in for the cue (a sieve's own choice is not second-guessed
                // from there: "Nobody in the hall was surprised." is no speaker)
                s = doc.sentences().get(s.index() - 1);
                tree = doc.tree(s);
                cue = tree.root();
                previous = true;
            }
        }
        if (cue < 0) {
            return List.of();
        }
        String rule = a.rule() != null
                ? a.rule().name()
                : frame != null ? frame.rule().name() : dev.saywho.attribution.engine.RuleCatalog.QUOTATION_MARKS;
        Mention chosen = a.mention();
        List<Integer> words = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tree.size() && words.size() < MAX_CANDIDATES - 2; i++) {
            SyntacticWord w = tree.word(i);
            if (i == cue
                    || !SOURCE_TAGS.contains(w.upos())
                    || INSIDE_A_PHRASE.contains(w.relation())
                    || inside(a.candidate().pieces(), w.start())) {
                continue;
            }
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (w.head() == cue
                    && w.relation().startsWith("nsubj")
                    && TreeSubjects.raising(tree, cue, tree.word(cue).lemma().toLowerCase(Locale.ROOT))) {
                continue; // "the timetable appears to favour …": what the writer judges is no source
            }
            if (WRITER.contains(lemma) && !doc.quoted(w.start())) {
                continue; // outside quotation marks "I" and "we" are the writer (the rules' own choice stays below)
            }
            int named = i;
            if (RELATIVE.contains(lemma)
                    && w.head() >= 0
                    && tree.word(w.head()).relation().equals("acl:relcl")) {
                // "officials, who said …": the relative pronoun stands for the noun its clause describes
                int antecedent = tree.word(w.head()).head();
                named = antecedent >= 0
                                && SOURCE_TAGS.contains(tree.word(antecedent).upos())
                        ? antecedent
                        : i;
            }
            words.add(i);
            mentions.add(TreeSubjects.wholeNameRun(
                    doc, s, withoutLeadingPunctuation(doc, TreeSubjects.mention(tree, named))));
        }
        int currentIndex = chosen == null ? -1 : rulesChoice(tree, words, mentions, chosen);
        boolean chosenFound = currentIndex >= 0;
        if (chosenFound) {
            mentions.set(currentIndex, chosen);
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            boolean current = k == currentIndex;
            if (!current && nested(mentions, k)) {
                // a piece of a longer phrase ("the state's official" in "the state's official Korean Central News
                // Agency", "North Korean leader" before "Kim Jong Un") is the same speaker named less well
                continue;
            }
            out.add(new Candidate(
                    mentions.get(k),
                    current,
                    features(doc, runs, tree, cue, words.get(k), mentions.get(k), rule, current, previous)));
        }
        if (chosen != null && !chosenFound) {
            List<String> f = new ArrayList<>();
            addCurrent(f, rule);
            f.add("current-elsewhere");
            f.add("current-elsewhere&rule=" + rule);
            out.add(new Candidate(chosen, true, f));
        }
        // no source at all is a choice too: the writer's own report, an unattributed claim
        List<String> nobody = new ArrayList<>(List.of("nobody", "nobody&rule=" + rule));
        if (chosen == null) {
            addCurrent(nobody, rule);
        }
        out.add(new Candidate(null, chosen == null, nobody));
        return out;
    }

    private static List<String> features(
            Document doc,
            List<NameRun> runs,
            SentenceTree tree,
            int cue,
            int i,
            Mention mention,
            String rule,
            boolean current,
            boolean previous) {
        SyntacticWord w = tree.word(i);
        List<String> f = new ArrayList<>(16);
        // a path in the sentence before the quote is another path: "<" marks it
        String path = (previous ? "<" : "") + path(tree, cue, i);
        if (current) {
            addCurrent(f, rule);
            f.add("current&path=" + path);
        }
        // the name a title heads ("Councillor Tomas Brandt", "Mayor Ilse Varga") starts right after the head
        NameRun run = runAt(runs, mention.headStart());
        if (run == null && mention.headEnd() + 1 < mention.end()) {
            run = runAt(runs, mention.headEnd() + 1);
        }
        if (run != null) {
            f.add("entity=" + run.type());
            f.add("entity=" + run.type() + "&path=" + path);
        }
        f.add("path=" + path);
        f.add("path=" + path + "&rule=" + rule);
        f.add("path=" + path + "&cue=" + tree.word(cue).upos());
        f.add("tag=" + w.upos());
        String relation = w.relation();
        f.add("rel=" + relation);
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        if (w.upos().equals("PRON")) {
            f.add("pron=" + lemma);
        } else if (w.upos().equals("NOUN")) {
            f.add("noun=" + lemma);
        }
        int distance = Math.abs(i - cue);
        String side = i < cue ? "before" : "after";
        f.add("side=" + side);
        f.add("distance=" + side + ":" + bucket(distance));
        if (doc.quoted(w.start())) {
            f.add("quoted");
        }
        return f;
    }

    /** The features that mark the rules' choice, alone and with the rule that found the quote. */
    private static void addCurrent(List<String> features, String rule) {
        features.add("current");
        features.add("current&rule=" + rule);
    }

    /** The index of the rules' choice among {@code candidates}, or -1 when they made none there. */
    public static int indexOfRulesChoice(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).current()) {
                return i;
            }
        }
        return -1;
    }

    private static String bucket(int words) {
        return words <= 1
                ? "1"
                : words <= 2 ? "2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20" : ">20";
    }

    /**
     * The path from word {@code from} up to the lowest common ancestor and down to {@code to}: {@code ^rel} for each
     * step up (the relation of the word left), {@code /rel} for each step down, relations without subtypes but
     * {@code :pass}, {@code :agent} and {@code :poss}; {@code far} when longer than {@value #MAX_PATH} steps.
     */
    static String path(SentenceTree tree, int from, int to) {
        List<Integer> up = new ArrayList<>();
        for (int k = from; k >= 0 && up.size() <= tree.size(); k = tree.word(k).head()) {
            up.add(k);
        }
        List<Integer> down = new ArrayList<>();
        int meet = -1;
        for (int k = to; k >= 0 && down.size() <= tree.size(); k = tree.word(k).head()) {
            int at = up.indexOf(k);
            if (at >= 0) {
                meet = at;
                break;
            }
            down.add(k);
        }
        if (meet < 0 || meet + down.size() > MAX_PATH) {
            return "far";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < meet; k++) {
            sb.append('^').append(relation(tree.word(up.get(k)).relation()));
        }
        for (int k = down.size() - 1; k >= 0; k--) {
            sb.append('/').append(relation(tree.word(down.get(k)).relation()));
        }
        return sb.length() == 0 ? "self" : sb.toString();
    }

    private static String relation(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) {
            return relation;
        }
        String sub = relation.substring(colon + 1);
        return sub.equals("pass") || sub.equals("agent") || sub.equals("poss")
                ? relation
                : relation.substring(0, colon);
    }

    /** The word of the tree that the cue starts in, or the first word inside it; -1 when none. */
    private static int cueWord(SentenceTree tree, int start, int end) {
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            if (w.start() <= start && start < w.end()) {
                return i;
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            if (tree.word(i).start() >= start && tree.word(i).start() < end) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Which candidate is the rules' mention {@code chosen}: the one whose head word lies in its head ("Varga" in
     * "Mayor Ilse Varga"), else the shortest whose mention holds its head ("Mayor" heading "Mayor Ilse Varga"); -1
     * when it is none of them (the rules took a mention from another sentence).
     */
    private static int rulesChoice(SentenceTree tree, List<Integer> words, List<Mention> mentions, Mention chosen) {
        for (int k = 0; k < words.size(); k++) {
            int start = tree.word(words.get(k)).start();
            if (chosen.headStart() <= start && start < chosen.headEnd()) {
                return k;
            }
        }
        int best = -1;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean holds = m.start() <= chosen.headStart() && chosen.headEnd() <= m.end();
            if (holds
                    && (best < 0
                            || m.end() - m.start()
                                    < mentions.get(best).end()
                                            - mentions.get(best).start())) {
                best = k;
            }
        }
        return best;
    }

    /** The mention without the commas and brackets its subtree may begin with (", the fire service said"). */
    private static Mention withoutLeadingPunctuation(Document doc, Mention m) {
        int first = m.firstToken();
        while (first < m.endToken() - 1 && !doc.token(first).word()) {
            first++;
        }
        return first == m.firstToken()
                ? m
                : new Mention(
                        doc.token(first).start(), m.end(), first, m.endToken(), m.kind(), m.headStart(), m.headEnd());
    }

    /**
     * Whether the quote's candidates are worth what they cost: a sentence the rules parsed already costs nothing; one
     * they did not is parsed only when they named no source in it (none at all, or one from another sentence). A
     * surface rule's source in its own sentence ("…, said Varga") is right 96–99% of the time on PolNeAR, and
     * parsing every such sentence more than doubled the engine's time per article.
     */
    private static boolean worthAParse(Document doc, Sentence s, Mention chosen) {
        return doc.parsed(s)
                || chosen == null
                || chosen.firstToken() < s.firstToken()
                || chosen.firstToken() >= s.endToken();
    }

    /** Whether another candidate's mention holds mention {@code k} and more. */
    private static boolean nested(List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        for (int j = 0; j < mentions.size(); j++) {
            Mention o = mentions.get(j);
            if (j != k && o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The token that covers or follows {@code offset}, or -1 past the last token. */
    private static int tokenAt(Document doc, int offset) {
        int lo = 0;
        int hi = doc.tokenCount() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.token(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                found = mid;
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The word outside the content that the content's first attached word hangs on, or -1 (it hangs on none). */
    private static int attachment(SentenceTree tree, List<int[]> pieces) {
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            int h = w.head();
            if (inside(pieces, w.start())
                    && h >= 0
                    && !inside(pieces, tree.word(h).start())) {
                return h;
            }
        }
        return -1;
    }

    /** The name run (the entity layer's person, organisation or place) that covers {@code offset}, or null. */
    private static NameRun runAt(List<NameRun> runs, int offset) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            NameRun r = runs.get(mid);
            if (r.end() <= offset) {
                lo = mid + 1;
            } else if (r.start() > offset) {
                hi = mid - 1;
            } else {
                return r;
            }
        }
        return null;
    }

    private static boolean inside(List<int[]> pieces, int offset) {
        for (int[] p : pieces) {
            if (p[0] <= offset && offset < p[1]) {
                return true;
            }
        }
        return false;
    }
}
