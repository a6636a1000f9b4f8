package dev.saywho.attribution.engine.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntactic analysis of one sentence: per word its tags, lemma, head and relation. Word {@code i} of the list is
 * word {@code i + 1} of the tree; {@code head} 0 is the root. Always a tree: one root word, no cycles.
 */
public record Parse(List<Word> words) {

    /** One analysed word; {@code head} is 1-based (0 for the root word), as in CoNLL-U. */
    public record Word(String form, String upos, String xpos, String lemma, int head, String relation) {}

    public Parse {
        words = List.copyOf(words);
    }

    public int size() {
        return words.size();
    }

    /** The word at 1-based position {@code id}. */
    public Word word(int id) {
        return words.get(id - 1);
    }

    /** The 1-based position of the root word, or 0 for an empty sentence. */
    public int root() {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).head() == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The 1-based positions of the dependents of {@code head} (0 = the root) with this relation, in order. */
    public List<Integer> dependents(int head, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.head() == head && w.relation().equals(relation)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** The sentence in CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL; other columns empty). */
    public String toConllu() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            b.append(i + 1)
                    .append('\t')
                    .append(w.form())
                    .append('\t')
                    .append(w.lemma())
                    .append('\t')
                    .append(w.upos())
                    .append('\t')
                    .append(w.xpos())
                    .append("\t_\t")
                    .append(w.head())
                    .append('\t')
                    .append(w.relation())
                    .append("\t_\t_\n");
        }
        return b.toString();
    }
}
