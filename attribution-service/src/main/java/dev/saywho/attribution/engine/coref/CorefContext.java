package dev.saywho.attribution.engine.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.coref.CorefLexicon.GrammaticalNumber;
import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.learn.WordForms;

/**
 * What the feature generators, the candidate search and the rule baseline read of each mention of one {@link
 * CorefInput}, computed once: document order, anaphor class, number, gender, head word and lemma, whether the mention
 * is a subject or the first of its sentence, and whether it stands inside a quotation. Belongs to one call.
 */
final class CorefContext {

    /** Agreement of an anaphor with a candidate in number or gender. */
    static final int UNKNOWN = 0;

    static final int AGREE = 1;
    static final int DISAGREE = 2;

    final CorefInput input;
    final List<Mention> mentions;
    final int n;
    /** Mention indices in document order; {@code position[m]} is mention m's place in it. */
    final int[] order;

    final int[] position;
    final AnaphorClass[] anaphorClass;
    final GrammaticalNumber[] number;
    final Gender[] gender;
    /** Whether the mention is known not to be a person: it, its, itself. */
    final boolean[] neuter;

    final String[] headLower;
    final String[] headLemma;
    /** The first word of a name after any title, as written (the given name, if any). */
    final String[] firstName;

    final boolean[] subject;
    final boolean[] firstInSentence;
    final boolean[] inQuote;
    private final CorefLexicon lexicon;

    CorefContext(CorefInput input, CorefLexicon lexicon) {
        this.input = input;
        this.lexicon = lexicon;
        this.mentions = input.mentions();
        this.n = mentions.size();
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(
                sorted,
                Comparator.<Integer>comparingInt(i -> mentions.get(i).sentence())
                        .thenComparingInt(i -> mentions.get(i).start())
                        .thenComparingInt(i -> -mentions.get(i).end())
                        .thenComparingInt(i -> i));
        order = new int[n];
        position = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = sorted[p];
            position[sorted[p]] = p;
        }
        anaphorClass = new AnaphorClass[n];
        number = new GrammaticalNumber[n];
        gender = new Gender[n];
        neuter = new boolean[n];
        headLower = new String[n];
        headLemma = new String[n];
        firstName = new String[n];
        subject = new boolean[n];
        firstInSentence = new boolean[n];
        boolean[][] quoted = quotation(input.sentences());
        inQuote = new boolean[n];
        int[] firstStart = new int[input.sentences().size()];
        Arrays.fill(firstStart, Integer.MAX_VALUE);
        for (Mention m : mentions) {
            firstStart[m.sentence()] = Math.min(firstStart[m.sentence()], m.start());
        }
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            CorefSentence s = input.sentences().get(m.sentence());
            String head = WordForms.normalize(s.words().get(m.head()));
            headLower[i] = head.toLowerCase(Locale.ROOT);
            headLemma[i] = s.lemmas().get(m.head()).toLowerCase(Locale.ROOT);
            subject[i] = s.relations().get(m.head()).startsWith("nsubj");
            firstInSentence[i] = m.start() == firstStart[m.sentence()];
            inQuote[i] = quoted[m.sentence()][m.head()];
            firstName[i] = m.kind() == MentionKind.NAME ? givenName(s, m) : "";
            describe(i, m, s);
        }
    }

    private void describe(int i, Mention m, CorefSentence s) {
        number[i] = GrammaticalNumber.UNKNOWN;
        gender[i] = m.gender();
        CorefLexicon.Entry pronoun = lexicon.pronoun(s.words().get(m.head()));
        switch (m.kind()) {
            case PRONOUN -> {
                if (pronoun != null) {
                    anaphorClass[i] = pronoun.anaphorClass();
                    number[i] = pronoun.number();
                    neuter[i] = pronoun.neuter();
                    if (gender[i] == Gender.UNKNOWN) {
                        gender[i] = pronoun.gender();
                    }
                }
            }
            case NAME -> {
                number[i] = coordinated(s, m) ? GrammaticalNumber.PLURAL : GrammaticalNumber.SINGULAR;
                if (gender[i] == Gender.UNKNOWN) {
                    gender[i] = nameGender(s, m);
                }
            }
            case NOMINAL -> {
                number[i] = coordinated(s, m) || !headLemma[i].equals(headLower[i])
                        ? GrammaticalNumber.PLURAL
                        : GrammaticalNumber.SINGULAR;
                if (gender[i] == Gender.UNKNOWN) {
                    gender[i] = lexicon.genderOfWord(headLemma[i]);
                }
                CorefLexicon.Entry determiner =
                        lexicon.definiteDeterminer(s.words().get(m.start()));
                if (determiner != null
                        && m.head() > m.start()
                        && !s.upos().get(m.head()).equals("PROPN")) {
                    anaphorClass[i] = AnaphorClass.NOMINAL;
                }
            }
        }
    }

    /** Whether the mention's head has a conjunct inside the mention ({@code Varga and Pella}). */
    private static boolean coordinated(CorefSentence s, Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (s.heads().get(k) == m.head() + 1 && s.relations().get(k).startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    /** A name's gender: from a title before it ({@code Mrs}), else from its given name. */
    private Gender nameGender(CorefSentence s, Mention m) {
        for (int k = m.start(); k <= m.head(); k++) {
            String w = s.words().get(k);
            Gender byTitle = lexicon.genderOfWord(w);
            if (byTitle != Gender.UNKNOWN) {
                return byTitle;
            }
            Gender byName = lexicon.genderOfName(w);
            if (byName != Gender.UNKNOWN) {
                return byName;
            }
        }
        return Gender.UNKNOWN;
    }

    private static String givenName(CorefSentence s, Mention m) {
        for (int k = m.start(); k <= m.head(); k++) {
            String w = s.words().get(k);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
                return w;
            }
        }
        return s.words().get(m.head());
    }

    /**
     * Which words stand inside a quotation: straight double quotes toggle, typographic and TeX-style quotes open and
     * close; a quotation left open at the end of a sentence runs on (quoted paragraphs), and the state is the text's.
     */
    private static boolean[][] quotation(List<CorefSentence> sentences) {
        boolean[][] out = new boolean[sentences.size()][];
        boolean open = false;
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s).words();
            out[s] = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                switch (w) {
                    case "\"" -> open = !open;
                    case "\u201C", "``" -> open = true;
                    case "\u201D", "''" -> open = false;
                    default -> out[s][i] = open;
                }
            }
        }
        return out;
    }

    Mention mention(int i) {
        return mentions.get(i);
    }

    /** The type of mention {@code i}, or null when unknown. */
    EntityType type(int i) {
        return mentions.get(i).type();
    }

    /** How many sentences lie between the candidate and the anaphor (0: the same sentence). */
    int sentenceDistance(int anaphor, int candidate) {
        return mentions.get(anaphor).sentence() - mentions.get(candidate).sentence();
    }

    /** How many mentions lie between the candidate and the anaphor in document order (0: the one just before). */
    int mentionDistance(int anaphor, int candidate) {
        return Math.max(0, position[anaphor] - position[candidate] - 1);
    }

    /** GrammaticalNumber agreement of the anaphor with the candidate: {@link #AGREE}, {@link #DISAGREE} or {@link #UNKNOWN}. */
    int numberAgreement(int anaphor, int candidate) {
        GrammaticalNumber a = number[anaphor];
        GrammaticalNumber c = number[candidate];
        if (a == GrammaticalNumber.UNKNOWN || c == GrammaticalNumber.UNKNOWN) {
            return UNKNOWN;
        }
        return a == c ? AGREE : DISAGREE;
    }

    /** Gender agreement of the anaphor with the candidate; "it" disagrees with a man or a woman, he with "it". */
    int genderAgreement(int anaphor, int candidate) {
        Gender a = gender[anaphor];
        Gender c = gender[candidate];
        if (neuter[anaphor]) {
            return c != Gender.UNKNOWN || type(candidate) == EntityType.PERSON
                    ? DISAGREE
                    : neuter[candidate] ? AGREE : 0;
        }
        if (a != Gender.UNKNOWN && neuter[candidate]) {
            return DISAGREE;
        }
        if (a == Gender.UNKNOWN || c == Gender.UNKNOWN) {
            return UNKNOWN;
        }
        return a == c ? AGREE : DISAGREE;
    }

    /**
     * The candidate antecedents of an anaphor, nearest first: mentions that end before it starts, no more than
     * {@code window} sentences back, at most {@code max}.
     */
    List<Integer> candidates(int anaphor, int window, int max) {
        List<Integer> out = new ArrayList<>();
        Mention a = mentions.get(anaphor);
        for (int p = position[anaphor] - 1; p >= 0 && out.size() < max; p--) {
            int c = order[p];
            Mention m = mentions.get(c);
            if (a.sentence() - m.sentence() > window) {
                break;
            }
            if (m.precedes(a)) {
                out.add(c);
            }
        }
        return out;
    }
}
