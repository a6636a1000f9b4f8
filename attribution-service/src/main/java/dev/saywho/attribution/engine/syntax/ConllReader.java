package dev.saywho.attribution.engine.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ConllSentence> sentences = new ArrayList<>();
        Builder current = new Builder();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                current.flushInto(sentences);
                current = new Builder();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 8) {
                throw new IOException("line " + lineNo + ": expected 10 tab-separated columns, got " + cols.length);
            }
            String id = cols[0];
            if (id.indexOf('-') >= 0 || id.indexOf('.') >= 0) {
                continue;
            }
            int head;
            try {
                head = "_".equals(cols[6]) ? 0 : Integer.parseInt(cols[6]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ": bad HEAD " + cols[6], e);
            }
            current.add(cols[1], cols[2], cols[3], cols[4], head, cols[7]);
        }
        current.flushInto(sentences);
        return sentences;
    }

    private static final class Builder {
        final List<String> forms = new ArrayList<>();
        final List<String> lemmas = new ArrayList<>();
        final List<String> upos = new ArrayList<>();
        final List<String> xpos = new ArrayList<>();
        final List<Integer> heads = new ArrayList<>();
        final List<String> deprels = new ArrayList<>();

        void add(String form, String lemma, String u, String x, int head, String deprel) {
            forms.add(form);
            lemmas.add(lemma);
            upos.add(u);
            xpos.add(x);
            heads.add(head);
            deprels.add(deprel);
        }

        void flushInto(List<ConllSentence> out) {
            if (forms.isEmpty()) {
                return;
            }
            int[] h = new int[heads.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = heads.get(i);
            }
            out.add(new ConllSentence(forms, lemmas, upos, xpos, h, deprels));
        }
    }
}
