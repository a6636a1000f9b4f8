package dev.saywho.attribution.engine.cue;

import java.util.Locale;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * What the feature generators read about one parsed sentence, computed once: the tree, each word's lower-case lemma,
 * subject, first marker ("that", "to", "for") and passive or negated state, and which words lie inside quotation
 * marks. The engine and the trainer build it the same way, so training and prediction see the same features.
 */
public final class CueInput {

    private final SentenceTree tree;
    private final Lexicons lexicons;
    private final String[] lemmas;
    private final int[] subject;
    private final int[] marker;
    private final boolean[] passive;
    private final boolean[] negated;
    private final boolean[] quoted;

    /**
     * @param quoted whether each word of the tree lies inside quotation marks
     */
    public CueInput(SentenceTree tree, Lexicons lexicons, boolean[] quoted) {
        if (quoted.length != tree.size()) {
            throw new IllegalArgumentException("one quoted flag per word: " + quoted.length + " for " + tree.size());
        }
        this.tree = tree;
        this.lexicons = lexicons;
        this.quoted = quoted.clone();
        int n = tree.size();
        lemmas = new String[n];
        subject = new int[n];
        marker = new int[n];
        passive = new boolean[n];
        negated = new boolean[n];
        java.util.Arrays.fill(subject, -1);
        java.util.Arrays.fill(marker, -1);
        for (int i = 0; i < n; i++) {
            lemmas[i] = tree.word(i).lemma().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; i++) {
            SyntacticWord w = tree.word(i);
            int h = w.head();
            if (h < 0) {
                continue;
            }
            String rel = w.relation();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                if (subject[h] < 0) {
                    subject[h] = i;
                }
                passive[h] |= rel.endsWith(":pass");
            } else if (rel.equals("aux:pass")) {
                passive[h] = true;
            } else if ((rel.equals("mark") || rel.equals("case")) && marker[h] < 0) {
                marker[h] = i;
            } else if (rel.equals("advmod") && (lemmas[i].equals("not") || lemmas[i].equals("never"))) {
                negated[h] = true;
            }
        }
    }

    /** The input of sentence {@code s} of a document, parsed. */
    public static CueInput of(Document doc, Sentence s, Lexicons lexicons) {
        SentenceTree tree = doc.tree(s);
        boolean[] quoted = new boolean[tree.size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = doc.quoted(tree.word(i).start());
        }
        return new CueInput(tree, lexicons, quoted);
    }

    public SentenceTree tree() {
        return tree;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public SyntacticWord word(int i) {
        return tree.word(i);
    }

    /** The lower-case lemma of word {@code i}. */
    public String lemma(int i) {
        return lemmas[i];
    }

    /** The subject of word {@code i}, or -1. */
    public int subject(int i) {
        return subject[i];
    }

    /** The first marker or case word of word {@code i} ("that", "to", "for", "about"), or -1. */
    public int marker(int i) {
        return marker[i];
    }

    public boolean passive(int i) {
        return passive[i];
    }

    public boolean negated(int i) {
        return negated[i];
    }

    public boolean quoted(int i) {
        return quoted[i];
    }
}
