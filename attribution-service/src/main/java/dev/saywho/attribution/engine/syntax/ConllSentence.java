package dev.saywho.attribution.engine.syntax;

import java.util.List;

/** One sentence of a CoNLL-U treebank: the syntactic words (no multiword ranges, no empty nodes) and their columns. */
@SuppressWarnings("ArrayRecordComponent") // heads is copied in and read through head(i); sentences are never compared
public record ConllSentence(
        List<String> forms,
        List<String> lemmas,
        List<String> upos,
        List<String> xpos,
        int[] heads,
        List<String> deprels) {

    public ConllSentence {
        forms = List.copyOf(forms);
        lemmas = List.copyOf(lemmas);
        upos = List.copyOf(upos);
        xpos = List.copyOf(xpos);
        heads = heads.clone();
        deprels = List.copyOf(deprels);
    }

    public int size() {
        return forms.size();
    }

    /** The head of word {@code i} (0-based word index; the answer is 1-based, 0 for the root). */
    public int head(int i) {
        return heads[i];
    }

    /** True when no two arcs cross (the root arc included), so that a projective transition system can derive it. */
    public boolean projective() {
        int n = heads.length;
        for (int i = 1; i <= n; i++) {
            int a = Math.min(i, heads[i - 1]);
            int b = Math.max(i, heads[i - 1]);
            for (int j = a + 1; j < b; j++) {
                int h = heads[j - 1];
                if (h < a || h > b) {
                    return false;
                }
            }
        }
        return true;
    }
}
