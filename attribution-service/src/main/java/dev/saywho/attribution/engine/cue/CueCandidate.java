package dev.saywho.attribution.engine.cue;

import java.util.Set;

import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * A candidate cue and content in one sentence's tree: word {@code predicate} and its dependent {@code complement},
 * whose subtree (trimmed of punctuation at either end) would be the content.
 */
public record CueCandidate(int predicate, int complement, int first, int last) {

    /** Relations (without subtype) whose dependent can be what a word reports. */
    public static final Set<String> RELATIONS =
            Set.of("ccomp", "xcomp", "obj", "obl", "nmod", "acl", "advcl", "parataxis", "csubj");

    /** Every candidate of a tree, in word order of the complement. */
    public static java.util.List<CueCandidate> of(SentenceTree tree) {
        java.util.List<CueCandidate> out = new java.util.ArrayList<>();
        for (int c = 0; c < tree.size(); c++) {
            SyntacticWord w = tree.word(c);
            if (w.head() < 0 || !RELATIONS.contains(baseRelation(w.relation()))) {
                continue;
            }
            int[] span = tree.subtreeSpan(c);
            int first = span[0];
            int last = span[1];
            while (last > first && tree.word(last).upos().equals("PUNCT")) {
                last--;
            }
            while (first < last && tree.word(first).upos().equals("PUNCT")) {
                first++;
            }
            out.add(new CueCandidate(w.head(), c, first, last));
        }
        return out;
    }

    /** The relation without its subtype: {@code obl:tmod} → {@code obl}. */
    public static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** Offsets of the content in the text: {@code [start, end)}. */
    public int contentStart(SentenceTree tree) {
        return tree.word(first).start();
    }

    public int contentEnd(SentenceTree tree) {
        return tree.word(last).end();
    }
}
