package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.entities.EntityModel;
import dev.saywho.attribution.engine.entities.EntitySpan;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.NamedEntity;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.SyntaxAnalyzer;
import dev.saywho.attribution.engine.model.UdWords;

/**
 * The learned recogniser's stage (issue 20; {@code MentionFinder} asks it about names its word lists cannot type): the
 * named entities of a document, by the learned recogniser ({@code engine/entities}) over each sentence's UD words
 * ({@link UdWords}, each with its exact offsets) and, when the model reads them, their UPOS tags from the syntax
 * model's tagger. Building it fails when the model needs what it is not given. Thread-safe.
 */
public final class EntityFinder {

    private static final class Shipped {
        static final EntityFinder FINDER = new EntityFinder(EntityModel.load(), SyntaxAnalyzer.shipped());
    }

    private final EntityModel model;
    private final SyntaxAnalyzer tagger;

    /**
     * A finder over {@code model}; {@code tagger} gives the UPOS tags (null for none, which only a model that reads
     * no tags accepts: {@link IllegalArgumentException} otherwise).
     */
    public EntityFinder(EntityModel model, SyntaxAnalyzer tagger) {
        Set<String> given = new HashSet<>(Set.of(EntityModel.WORDS));
        if (tagger != null) {
            given.add(EntityModel.UPOS);
        }
        model.contract().requireMet(given);
        this.model = model;
        this.tagger = tagger;
    }

    /** The finder over the shipped entity and syntax models, loaded on first use. */
    public static EntityFinder shipped() {
        return Shipped.FINDER;
    }

    /** The named entities of every sentence of {@code doc}, in text order. */
    public List<NamedEntity> find(Document doc) {
        List<NamedEntity> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            find(doc, s, out);
        }
        return out;
    }

    /** The named entities of sentence {@code s}, added to {@code out} in text order. */
    public void find(Document doc, Sentence s, List<NamedEntity> out) {
        List<UdWords.Piece> pieces = UdWords.of(doc, s);
        if (pieces.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>(pieces.size());
        for (UdWords.Piece p : pieces) {
            words.add(p.form());
        }
        List<String> tags = model.needsTags() ? tagger.upos(words) : null;
        for (EntitySpan span : model.recognize(words, tags)) {
            out.add(new NamedEntity(
                    pieces.get(span.start()).start(), pieces.get(span.end() - 1).end(), s.index(), span.type()));
        }
    }
}
