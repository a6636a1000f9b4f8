package dev.saywho.attribution.engine.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.learn.ConllU;

/**
 * Reads CoNLL-U: keeps FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL of each syntactic word, skips comments, multiword
 * token ranges ({@code 1-2}) and empty nodes ({@code 1.1}).
 */
public final class ConllReader {

    private ConllReader() {}

    public static List<ConllSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<ConllSentence> read(Reader reader) throws IOException {
        List<ConllSentence> sentences = new ArrayList<>();
        ConllU.read(reader, 8, (words, lineNo) -> sentences.add(sentence(words)));
        return sentences;
    }

    private static ConllSentence sentence(List<ConllU.Word> words) {
        List<String> forms = new ArrayList<>(words.size());
        List<String> lemmas = new ArrayList<>(words.size());
        List<String> upos = new ArrayList<>(words.size());
        List<String> xpos = new ArrayList<>(words.size());
        int[] heads = new int[words.size()];
        List<String> deprels = new ArrayList<>(words.size());
        for (int i = 0; i < heads.length; i++) {
            ConllU.Word w = words.get(i);
            forms.add(w.form());
            lemmas.add(w.lemma());
            upos.add(w.upos());
            xpos.add(w.xpos());
            heads[i] = w.head();
            deprels.add(w.deprel());
        }
        return new ConllSentence(forms, lemmas, upos, xpos, heads, deprels);
    }
}
