package dev.saywho.attribution.engine.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.syntax.Parse;

/**
 * One sentence as the linker reads it: its words, their UPOS tags, lemmas, heads (1-based, 0 for the root, as in
 * CoNLL-U and {@link Parse}) and dependency relations. Lemmas may be null (then the lower-cased words stand in).
 */
public record CorefSentence(
        List<String> words, List<String> upos, List<String> lemmas, List<Integer> heads, List<String> relations) {

    public CorefSentence {
        words = List.copyOf(words);
        int n = words.size();
        upos = List.copyOf(upos);
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        if (lemmas == null) {
            List<String> lower = new ArrayList<>(n);
            for (String w : words) {
                lower.add(w.toLowerCase(Locale.ROOT));
            }
            lemmas = List.copyOf(lower);
        } else {
            lemmas = List.copyOf(lemmas);
        }
        if (upos.size() != n || lemmas.size() != n || heads.size() != n || relations.size() != n) {
            throw new IllegalArgumentException("a sentence of " + n + " words needs as many tags, lemmas, heads and"
                    + " relations (got " + upos.size() + ", " + lemmas.size() + ", " + heads.size() + ", "
                    + relations.size() + ")");
        }
    }

    /** The sentence of the engine's parse. */
    public static CorefSentence of(Parse parse) {
        List<String> words = new ArrayList<>();
        List<String> upos = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (Parse.Word w : parse.words()) {
            words.add(w.form());
            upos.add(w.upos());
            lemmas.add(w.lemma());
            heads.add(w.head());
            relations.add(w.relation());
        }
        return new CorefSentence(words, upos, lemmas, heads, relations);
    }

    public int size() {
        return words.size();
    }
}
