package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.PREPS;
import static dev.saywho.attribution.engine.stage.CueWords.TIME_WORDS;

import java.util.Set;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * Speakers read on the dependency tree: the subject of a cue verb as a mention, and the repair of a surface subject
 * that is only a piece of the real one ("Many officials on and off <i>the island</i> believe …", "The mayor of
 * <i>Port Tessaly</i> insisted …", "a commuter who waited at the <i>Vellmar</i> terminal said"). The surface rules
 * walk back from the verb and stop at the nearest name; the tree knows the whole noun phrase.
 */
public final class TreeSubjects {

    /** Dependents that follow a noun without being part of how it is named: clauses, appositions, punctuation. */
    private static final Set<String> NOT_IN_NAME =
            Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "case", "mark");

    private TreeSubjects() {}

    /** The subject word of {@code verb} (its {@code nsubj}), or -1. */
    static int subjectOf(SentenceTree tree, int verb) {
        return tree.firstDependent(verb, "nsubj");
    }

    /**
     * The mention of a subject: its head word and the words that name it (determiners, modifiers, prepositional
     * attachments such as "of Port Tessaly"), without relative clauses or appositions; the head is the name or noun.
     */
    public static Mention mention(SentenceTree tree, int subject) {
        SyntacticWord head = tree.word(subject);
        Mention.Kind kind = switch (head.upos()) {
            case "PRON" -> Mention.Kind.PRONOUN;
            case "PROPN" -> Mention.Kind.NAME;
            default -> Mention.Kind.NOMINAL;
        };
        int first = subject;
        int last = subject;
        for (int i = 0; i < tree.size(); i++) {
            SyntacticWord w = tree.word(i);
            if (w.head() == subject && !NOT_IN_NAME.contains(w.relation())) {
                int[] span = tree.subtreeSpan(i);
                first = Math.min(first, span[0]);
                last = Math.max(last, span[1]);
            }
        }
        while (last > first && tree.word(last).upos().equals("PUNCT")) {
            last--;
        }
        int headFirst = subject;
        int nameEnd =
                head.upos().equals("NOUN") && Character.isLowerCase(head.form().charAt(0))
                        ? nameHungOn(tree, subject)
                        : -1;
        int headStart;
        int headEnd;
        if (nameEnd > subject) {
            // "Rural economist Sunniva Lake, of the institute, estimated": the parser heads the phrase with the role
            // and hangs the name right after it on it; the name is the subject
            last = Math.max(last, nameEnd);
            kind = Mention.Kind.NAME;
            headStart = tree.word(subject + 1).start();
            headEnd = tree.word(nameEnd).end();
        } else {
            if (kind == Mention.Kind.NAME) {
                // "Hillary Clinton": the first name is a flat (or compound) dependent of the last
                while (headFirst - 1 >= first
                        && tree.word(headFirst - 1).upos().equals("PROPN")
                        && tree.word(headFirst - 1).head() == subject) {
                    headFirst--;
                }
            }
            headStart = tree.word(headFirst).start();
            headEnd = head.end();
        }
        SyntacticWord a = tree.word(first);
        SyntacticWord b = tree.word(last);
        return new Mention(a.start(), b.end(), a.token(), b.token() + 1, kind, headStart, headEnd);
    }

    /**
     * The last word of a run of proper nouns right after the noun {@code noun}, hung on it (one of them its dependent,
     * the others within the run), or -1: "economist Sunniva Lake", "the company Fenmark Sugar".
     */
    private static int nameHungOn(SentenceTree tree, int noun) {
        int end = noun;
        while (end + 1 < tree.size()
                && tree.word(end + 1).upos().equals("PROPN")
                && Character.isUpperCase(tree.word(end + 1).form().charAt(0))) {
            end++;
        }
        boolean hung = false;
        for (int i = noun + 1; i <= end; i++) {
            int h = tree.word(i).head();
            if (h == noun) {
                if (!NAME_ON_NOUN.contains(tree.word(i).relation())) {
                    return -1; // "the unexpected death Saturday": a time, not a name
                }
                hung = true;
            } else if (h <= noun || h > end) {
                return -1;
            }
        }
        return hung ? end : -1;
    }

    /** The relations that hang a name on the noun before it: an apposition or a name's parts. */
    private static final Set<String> NAME_ON_NOUN = Set.of("appos", "flat", "compound");

    /** Raising verbs: their subject belongs to the infinitive ("the deal seems to collapse"), it is no source. */
    public static final Set<String> RAISING_VERBS = Set.of("seem", "appear", "look", "prove", "tend");

    /**
     * Whether word {@code cue} is a raising verb with an infinitive ("The timetable <b>appears</b> to favour …"):
     * such a cue is the writer's judgement, and its subject is what is judged, not who judges.
     */
    public static boolean raising(SentenceTree tree, int cue, String lemma) {
        return RAISING_VERBS.contains(lemma) && tree.firstDependent(cue, "xcomp") >= 0;
    }

    /**
     * The mention carried to the end of the capitalised run it stops inside: "The Ferry Workers Association" is one
     * name even where the parser hung "Association" on "Workers" as an apposition, which the mention leaves out. The
     * run's last word becomes the head, and the mention a name.
     */
    public static Mention wholeNameRun(Document doc, Sentence s, Mention m) {
        int last = m.endToken() - 1;
        if (m.kind() == Mention.Kind.PRONOUN
                || last < s.firstToken()
                || !doc.token(last).capitalized()) {
            return m;
        }
        m = nameBeforeHead(doc, s, m);
        int end = m.endToken();
        while (end < s.endToken()
                && doc.token(end).word()
                && doc.token(end).capitalized()
                && !doc.quoted(doc.token(end).start())
                && doc.token(end).start() == doc.token(end - 1).end() + 1) {
            end++;
        }
        if (end == m.endToken()) {
            return m;
        }
        int headStart = doc.token(end - 1).start();
        int headEnd = doc.token(end - 1).end();
        return new Mention(m.start(), headEnd, m.firstToken(), end, Mention.Kind.NAME, headStart, headEnd);
    }

    /** The possessive tokens a name may hold ("Supporters' Trust", "St Mary's Hospital"). */
    private static final Set<String> POSSESSIVES = Set.of("'", "'s", "\u2019", "\u2019s");

    /**
     * A mention whose head is a capitalised noun after a run of capitalised words, possessives included, is a name
     * the tagger read as a noun ("The Dunhallow Rovers Supporters' Trust", "the Harbour Authority"): it becomes a name
     * from the run's first word to the head. Any other mention is returned as it is.
     */
    static Mention nameBeforeHead(Document doc, Sentence s, Mention m) {
        if (m.kind() != Mention.Kind.NOMINAL) {
            return m;
        }
        int head = m.endToken() - 1;
        if (doc.token(head).start() != m.headStart() || !doc.token(head).capitalized()) {
            return m;
        }
        int first = head;
        while (first - 1 >= Math.max(m.firstToken(), s.firstToken())) {
            Token before = doc.token(first - 1);
            if (before.word() && before.capitalized()) {
                first--;
            } else if (POSSESSIVES.contains(before.text())
                    && first - 2 >= m.firstToken()
                    && doc.token(first - 2).capitalized()) {
                first -= 2;
            } else {
                break;
            }
        }
        if (first == head || (first == s.firstToken() && first == head - 1)) {
            // one capitalised word before the head may only be the sentence's first word ("Angry Residents marched")
            return m;
        }
        return new Mention(
                m.start(),
                m.end(),
                m.firstToken(),
                m.endToken(),
                Mention.Kind.NAME,
                doc.token(first).start(),
                m.headEnd());
    }

    /**
     * The frame with its speaker read on the tree where the surface reading is known to go wrong: a participle gets
     * the subject of the clause it hangs on ({@link #participle}); a frame whose surface subject follows a preposition
     * or a relative pronoun ("of Port Tessaly", "at the Vellmar terminal") may have taken a piece of the subject for
     * all of it, so the cue verb's subject on the tree, when it contains the surface subject and is headed outside
     * it, replaces it. Other frames are returned as they are, and only these cases make the sentence be parsed.
     */
    static Frame repaired(Document doc, Sentence s, Frame frame) {
        if (frame.rule().name().equals("participle-cue")) {
            return participle(doc, s, frame);
        }
        Mention m = frame.subject();
        if (m == null || m.firstToken() < s.firstToken() || m.firstToken() >= s.endToken()) {
            return frame;
        }
        boolean embedded = m.firstToken() > s.firstToken() && embedded(doc, m);
        boolean modifierName = m.kind() == Mention.Kind.NAME && nameInModifier(doc, m);
        if (!embedded && !modifierName) {
            return frame;
        }
        SentenceTree tree = doc.tree(s);
        int verb = tree.wordStartingAt(frame.cueStart());
        if (verb < 0) {
            return frame;
        }
        int subject = subjectOf(tree, verb);
        if (subject < 0) {
            return frame;
        }
        SyntacticWord head = tree.word(subject);
        if (head.start() >= m.start() && head.end() <= m.end()) {
            if (modifierName
                    && head.upos().equals("NOUN")
                    && (head.end() <= m.headStart() || head.start() >= m.headEnd())) {
                // "The mayor of Port Tessaly insisted": the span was right, but the speaker is the mayor, not the town
                return frame.withSubject(new Mention(
                        m.start(),
                        m.end(),
                        m.firstToken(),
                        m.endToken(),
                        Mention.Kind.NOMINAL,
                        head.start(),
                        head.end()));
            }
            return frame;
        }
        Mention whole = mention(tree, subject);
        if (whole.start() > m.start() || whole.end() < m.end() || whole.kind() == Mention.Kind.PRONOUN) {
            return frame;
        }
        return frame.withSubject(whole);
    }

    /** Relations by which a participle hangs on the clause whose subject is its speaker. */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "xcomp", "conj", "acl", "parataxis");
    /** A participle's speaker is looked for at most this many clauses up the tree. */
    private static final int PARTICIPLE_CLIMB = 4;

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> NOT_SPEAKERS = Set.of("this", "these", "those", "it", "there", "what");
    /** Parts of speech a participle's speaker can have: a name, a noun or a pronoun. */
    private static final Set<String> SPEAKER_HEADS = Set.of("PROPN", "NOUN", "PRON");

    /**
     * "Netanyahu rallied supporters by warning that …", "with Trump tweeting that … and asking, “…”": a participle's
     * speaker is the subject of the clause it hangs on, found by climbing the tree, rather than the last subject
     * before it in the text. Without such a subject the surface reading stays.
     */
    private static Frame participle(Document doc, Sentence s, Frame frame) {
        SentenceTree tree = doc.tree(s);
        int w = tree.wordStartingAt(frame.cueStart());
        for (int step = 0; w >= 0 && step < PARTICIPLE_CLIMB; step++) {
            int subject = subjectOf(tree, w);
            if (subject >= 0) {
                SyntacticWord head = tree.word(subject);
                String form = head.form().toLowerCase(java.util.Locale.ROOT);
                if (doc.quoted(head.start())
                        || RELATIVE_PRONOUNS.contains(form)
                        || NOT_SPEAKERS.contains(form)
                        || TIME_WORDS.contains(form)
                        || !SPEAKER_HEADS.contains(head.upos())) {
                    // a parse that makes a day, "this" or "it" the subject is wrong more often than not
                    return frame;
                }
                return frame.withSubject(mention(tree, subject));
            }
            if (!PARTICIPLE_LINKS.contains(tree.word(w).relation())) {
                return frame;
            }
            w = tree.word(w).head();
        }
        return frame;
    }

    /**
     * Whether a name mention has a preposition or a relative pronoun before its name ("The mayor of Port Tessaly",
     * "a commuter who waited at the Vellmar terminal"): the name may only modify the noun that is the speaker.
     */
    private static boolean nameInModifier(Document doc, Mention m) {
        for (int k = m.firstToken(); k < m.endToken() && doc.token(k).start() < m.headStart(); k++) {
            String w = doc.token(k).lower();
            if (w.equals("of")
                    || w.equals("who")
                    || w.equals("that")
                    || w.equals("at")
                    || w.equals("from")
                    || w.equals("in")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention follows a preposition or a relative pronoun: it may be inside a longer subject. */
    private static boolean embedded(Document doc, Mention m) {
        int before = m.firstToken() - 1;
        String w = doc.token(before).lower();
        if (doc.token(before).isLower("the") && before - 1 >= 0) {
            w = doc.token(before - 1).lower();
        }
        return PREPS.contains(w) || w.equals("of") || w.equals("off") || w.equals("who") || w.equals("that");
    }
}
