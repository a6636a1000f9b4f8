package dev.saywho.attribution.engine.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.learn.ConllU;
import dev.saywho.attribution.engine.learn.ConllU.Word;

/**
 * Reads GUM's gold mentions and coreference chains from the {@code Entity=} annotations of its CoNLL-U MISC column
 * (format {@code GRP-etype-infstat-salience-centering-minspan-link-identity}, as its {@code global.Entity} line
 * says): {@code (12-person-giv:act-…} opens a mention of entity 12 at a word, {@code 12)} closes it, {@code
 * (12-place-…)} is a one-word mention; brackets stack ({@code (3-person-…(4-place-…)}, {@code 4)3)}). Mentions of the
 * same entity number in a document ({@code # newdoc id}) form one chain; singletons ({@code sgl}) are chains of one.
 *
 * <p>Each mention becomes a {@link Mention}: its head is its first word whose syntactic head lies outside it; its kind
 * is {@link MentionKind#PRONOUN} for a pronoun or determiner head, {@link MentionKind#NAME} for a proper noun head,
 * {@link MentionKind#NOMINAL} otherwise; only names are given an entity type (person, organization and place as
 * such, any other GUM type as {@link EntityType#OTHER}), as the engine's recogniser gives names theirs and nothing
 * else; no gender is given. Words, tags, lemmas and the tree are the treebank's.
 */
public final class GumCoref {

    private GumCoref() {}

    /** A mention being read: words {@code [start, end]} (inclusive) of GUM entity {@code id} and GUM type. */
    private record Span(int start, int end, String id, String type) {}

    public static List<CorefDocument> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<CorefDocument> read(Reader reader) throws IOException {
        Documents documents = new Documents();
        ConllU.read(reader, 10, documents);
        return documents.end();
    }

    /** The documents of a file, as its lines come; sentences before any {@code # newdoc} are of one "document". */
    private static final class Documents implements ConllU.Handler {
        private final List<CorefDocument> out = new ArrayList<>();
        private Builder doc;

        @Override
        public void document(String id) {
            if (doc != null) {
                out.add(doc.build());
            }
            doc = new Builder(id);
        }

        @Override
        public void sentence(List<Word> words, int lineNo) throws IOException {
            if (doc == null) {
                doc = new Builder("document");
            }
            doc.add(words, lineNo);
        }

        List<CorefDocument> end() {
            if (doc != null) {
                out.add(doc.build());
            }
            return out;
        }
    }

    /** One document being read. */
    private static final class Builder {
        final String id;
        final List<CorefSentence> sentences = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final List<Integer> chains = new ArrayList<>();
        final Map<String, Integer> chainOf = new HashMap<>();

        Builder(String id) {
            this.id = id;
        }

        void add(List<Word> words, int lineNo) throws IOException {
            List<String> forms = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            List<String> upos = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            for (Word w : words) {
                forms.add(w.form());
                lemmas.add(w.lemma());
                upos.add(w.upos());
                heads.add(w.head());
                relations.add(w.deprel());
            }
            int sentence = sentences.size();
            sentences.add(new CorefSentence(forms, upos, lemmas, heads, relations));
            List<Span> spans;
            try {
                spans = spans(words);
            } catch (IOException e) {
                throw new IOException(
                        "sentence ending before line " + lineNo + " of document " + id + ": " + e.getMessage(), e);
            }
            for (Span s : spans) {
                int head = head(words, s);
                mentions.add(new Mention(
                        sentence,
                        s.start(),
                        s.end() + 1,
                        head,
                        kind(words.get(head)),
                        type(words.get(head), s),
                        Gender.UNKNOWN));
                chains.add(chainOf.computeIfAbsent(s.id(), x -> chainOf.size()));
            }
        }

        CorefDocument build() {
            return new CorefDocument(id, new CorefInput(sentences, mentions), chains);
        }
    }

    private static MentionKind kind(Word head) {
        return switch (head.upos()) {
            case "PRON", "DET" -> MentionKind.PRONOUN;
            case "PROPN" -> MentionKind.NAME;
            default -> MentionKind.NOMINAL;
        };
    }

    private static EntityType type(Word head, Span s) {
        if (kind(head) != MentionKind.NAME) {
            return null;
        }
        return switch (s.type()) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            case "place" -> EntityType.PLACE;
            default -> EntityType.OTHER;
        };
    }

    /** The first word of the span whose head lies outside it. */
    private static int head(List<Word> words, Span s) {
        for (int i = s.start(); i <= s.end(); i++) {
            int h = words.get(i).head() - 1;
            if (h < s.start() || h > s.end()) {
                return i;
            }
        }
        return s.start();
    }

    /** The mentions of a sentence from its bracket notation, in the order they close. */
    private static List<Span> spans(List<Word> words) throws IOException {
        List<Span> out = new ArrayList<>();
        Map<String, Deque<Integer>> openStarts = new HashMap<>();
        Map<String, Deque<String>> openTypes = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String e = words.get(i).misc("Entity");
            int j = 0;
            while (j < e.length()) {
                char c = e.charAt(j);
                if (c == '(') {
                    int k = j + 1;
                    while (k < e.length() && e.charAt(k) != '(' && e.charAt(k) != ')') {
                        k++;
                    }
                    String[] parts = e.substring(j + 1, k).split("-", -1);
                    if (parts.length < 2 || parts[0].isEmpty()) {
                        throw new IOException("bad entity annotation '" + e + "'");
                    }
                    if (k < e.length() && e.charAt(k) == ')') {
                        out.add(new Span(i, i, parts[0], parts[1]));
                        j = k + 1;
                    } else {
                        openStarts
                                .computeIfAbsent(parts[0], x -> new ArrayDeque<>())
                                .push(i);
                        openTypes
                                .computeIfAbsent(parts[0], x -> new ArrayDeque<>())
                                .push(parts[1]);
                        j = k;
                    }
                } else if (c != ')') {
                    int k = j;
                    while (k < e.length() && e.charAt(k) != ')' && e.charAt(k) != '(') {
                        k++;
                    }
                    String id = e.substring(j, k);
                    Deque<Integer> starts = openStarts.get(id);
                    if (k >= e.length() || e.charAt(k) != ')' || starts == null || starts.isEmpty()) {
                        throw new IOException("entity " + id + " closes but never opened in its sentence: '" + e + "'");
                    }
                    out.add(new Span(starts.pop(), i, id, openTypes.get(id).pop()));
                    j = k + 1;
                } else {
                    j++;
                }
            }
        }
        for (Map.Entry<String, Deque<Integer>> open : openStarts.entrySet()) {
            if (!open.getValue().isEmpty()) {
                throw new IOException("entity " + open.getKey() + " opens but never closes in its sentence");
            }
        }
        return out;
    }
}
