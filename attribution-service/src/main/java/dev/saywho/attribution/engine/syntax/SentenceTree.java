package dev.saywho.attribution.engine.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency tree of one sentence over its UD words (the engine's UD words (model.UdWords)), each word tied to its engine token and its
 * offsets. Always a tree: exactly one root word (head -1), no cycles.
 */
public record SentenceTree(List<SyntacticWord> words) {

    public SentenceTree {
        words = List.copyOf(words);
    }

    public int size() {
        return words.size();
    }

    public SyntacticWord word(int index) {
        return words.get(index);
    }

    /** Index of the root word, or -1 for an empty sentence. */
    public int root() {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).head() < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Indices of the dependents of word {@code head} with this relation, in text order. */
    public List<Integer> dependents(int head, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).head() == head && words.get(i).relation().equals(relation)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Index of the first dependent of word {@code head} with this relation, or -1. */
    public int firstDependent(int head, String relation) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).head() == head && words.get(i).relation().equals(relation)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the word that starts at text offset {@code start} (a cue's first character), or -1. */
    public int wordStartingAt(int start) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first word of engine token {@code token}, or -1 when the token is not in this sentence. */
    public int wordOfToken(int token) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).token() == token) {
                return i;
            }
        }
        return -1;
    }

    /** The first and last word indices of the subtree under word {@code index} (a projective span when the tree is). */
    public int[] subtreeSpan(int index) {
        int first = index;
        int last = index;
        for (int i = 0; i < words.size(); i++) {
            if (dominates(index, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }

    /** Whether word {@code ancestor} is {@code word} or one of its ancestors. */
    public boolean dominates(int ancestor, int word) {
        int steps = 0;
        for (int w = word; w >= 0 && steps <= words.size(); w = words.get(w).head(), steps++) {
            if (w == ancestor) {
                return true;
            }
        }
        return false;
    }
}
