package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import dev.saywho.attribution.engine.coref.CorefInput;
import dev.saywho.attribution.engine.coref.CorefModel;
import dev.saywho.attribution.engine.coref.CorefSentence;
import dev.saywho.attribution.engine.coref.Gender;
import dev.saywho.attribution.engine.coref.MentionKind;
import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * The engine's side of the learned coreference linker ({@code engine/coref}): for a he/she pronoun, the sentences
 * from three before it to its own as the linker reads them (words, tags, lemmas and trees from the document's
 * parses), the article's names in them as candidate mentions, and the name the linker ranks first. The linker knows
 * nothing of the engine's {@link Document}; this class translates. Thread-safe (the model is immutable).
 */
final class PronounLinker {

    private final CorefModel model;

    PronounLinker(CorefModel model) {
        this.model = model;
    }

    /**
     * The name run pronoun {@code pronoun} refers to by the linker, among the {@code admissible} names before it in its
     * sentence and the three before (quoted names excluded; the others are context), or null when the linker prefers
     * none of them.
     */
    NameRun antecedent(
            Document doc, List<NameRun> runs, Mention pronoun, java.util.function.Predicate<NameRun> admissible) {
        Sentence own = doc.sentenceOf(pronoun.firstToken());
        int first = Math.max(0, own.index() - CorefModel.PRONOUN_WINDOW);
        List<CorefSentence> sentences = new ArrayList<>();
        List<SentenceTree> trees = new ArrayList<>();
        for (int i = first; i <= own.index(); i++) {
            SentenceTree tree = doc.tree(doc.sentences().get(i));
            trees.add(tree);
            sentences.add(sentence(tree));
        }
        List<dev.saywho.attribution.engine.coref.Mention> mentions = new ArrayList<>();
        List<NameRun> named = new ArrayList<>();
        for (NameRun r : runs) {
            if (r.start() >= pronoun.start()) {
                break;
            }
            int si = doc.sentenceOf(r.firstToken()).index();
            if (si < first || doc.quoted(r.start()) || r.type() == NameRun.Type.PLACE) {
                continue;
            }
            SentenceTree tree = trees.get(si - first);
            int start = tree.wordOfToken(r.firstToken());
            int last = tree.wordOfToken(r.endToken() - 1);
            if (start < 0 || last < start) {
                continue;
            }
            mentions.add(new dev.saywho.attribution.engine.coref.Mention(
                    si - first,
                    start,
                    last + 1,
                    last,
                    MentionKind.NAME,
                    r.type() == NameRun.Type.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION,
                    r.gender() == 'M' ? Gender.MALE : r.gender() == 'F' ? Gender.FEMALE : Gender.UNKNOWN));
            named.add(r);
        }
        if (named.stream().noneMatch(admissible)) {
            return null;
        }
        int word = trees.get(trees.size() - 1).wordOfToken(pronoun.firstToken());
        if (word < 0) {
            return null;
        }
        int anaphor = mentions.size();
        mentions.add(dev.saywho.attribution.engine.coref.Mention.of(
                own.index() - first, word, word + 1, word, MentionKind.PRONOUN));
        List<Integer> candidates = new ArrayList<>(named.size());
        for (int i = anaphor - 1; i >= 0; i--) {
            if (admissible.test(named.get(i))) {
                candidates.add(i); // nearest first, as the linker lists them
            }
        }
        OptionalInt best = model.rank(new CorefInput(sentences, mentions), anaphor, candidates)
                .best();
        return best.isPresent() ? named.get(best.getAsInt()) : null;
    }

    /** One sentence's parse as the linker reads it (heads 1-based, 0 for the root). */
    private static CorefSentence sentence(SentenceTree tree) {
        List<String> words = new ArrayList<>(tree.size());
        List<String> upos = new ArrayList<>(tree.size());
        List<String> lemmas = new ArrayList<>(tree.size());
        List<Integer> heads = new ArrayList<>(tree.size());
        List<String> relations = new ArrayList<>(tree.size());
        for (SyntacticWord w : tree.words()) {
            words.add(w.form());
            upos.add(w.upos());
            lemmas.add(w.lemma());
            heads.add(w.head() + 1);
            relations.add(w.relation());
        }
        return new CorefSentence(words, upos, lemmas, heads, relations);
    }
}
