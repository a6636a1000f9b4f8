package dev.saywho.attribution.engine.model;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.syntax.Parse;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;
import dev.saywho.attribution.engine.syntax.SyntaxModel;

/**
 * Parses the engine's sentences with the shipped {@link SyntaxModel}: the adapter between the engine's document and
 * the syntactic layer, which takes words and returns trees and knows nothing of documents. The model is loaded once per JVM, the first time
 * a tree is asked for, so an engine that never asks (today's rules) pays nothing. Thread-safe.
 */
public final class SyntaxAnalyzer {

    private static final class Shared {
        static final SyntaxModel MODEL = SyntaxModel.load();
    }

    /** Every document shares this one: it holds no state but the (lazily loaded) shipped model. */
    private static final SyntaxAnalyzer SHIPPED = new SyntaxAnalyzer(null);

    private final SyntaxModel model;

    private SyntaxAnalyzer(SyntaxModel model) {
        this.model = model;
    }

    /** The analyzer over the model shipped on the classpath (loaded on first use). */
    public static SyntaxAnalyzer shipped() {
        return SHIPPED;
    }

    /** An analyzer over a given model (tests, evaluation of a freshly trained model). */
    public static SyntaxAnalyzer of(SyntaxModel model) {
        return new SyntaxAnalyzer(model);
    }

    private SyntaxModel model() {
        return model != null ? model : Shared.MODEL;
    }

    /** The UPOS tags of {@code words} by the tagger alone (see {@link SyntaxModel#tag}); loads the model if needed. */
    public List<String> upos(List<String> words) {
        return model().tag(words);
    }

    /** The dependency tree of sentence {@code s} of {@code doc}. */
    public SentenceTree parse(Document doc, Sentence s) {
        List<UdWords.Piece> pieces = UdWords.of(doc, s);
        List<String> forms = new ArrayList<>(pieces.size());
        for (UdWords.Piece piece : pieces) {
            forms.add(piece.form());
        }
        Parse parse = model().parse(forms);
        List<SyntacticWord> words = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            UdWords.Piece piece = pieces.get(i);
            Parse.Word w = parse.words().get(i);
            words.add(new SyntacticWord(
                    piece.start(),
                    piece.end(),
                    piece.form(),
                    piece.token(),
                    w.upos(),
                    w.xpos(),
                    w.lemma(),
                    w.head() - 1,
                    w.relation()));
        }
        return new SentenceTree(words);
    }
}
