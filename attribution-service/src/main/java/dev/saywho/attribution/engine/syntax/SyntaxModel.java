package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.saywho.attribution.engine.learn.ModelArchive;

/**
 * The syntactic layer: part-of-speech tagger, lemmatizer and labelled dependency parser trained on UD English
 * (EWT and GUM's Wikimedia documents; the model is CC BY-SA 4.0, see NOTICE). Load once; immutable and thread-safe.
 */
public final class SyntaxModel {

    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/syntax/model.bin.gz";
    /** File name of a model in a directory. */
    public static final String FILE_NAME = ModelArchive.FILE_NAME;

    private static final ModelArchive ARCHIVE =
            new ModelArchive(0x53594E31 /* "SYN1" */, "syntax model", "not a Saywho syntax model");

    private final Tagger tagger;
    private final Tagger xtagger;
    private final Lemmatizer lemmatizer;
    private final Parser parser;
    private final Casing casing;

    SyntaxModel(Tagger tagger, Tagger xtagger, Lemmatizer lemmatizer, Parser parser, Casing casing) {
        this.casing = casing;
        this.tagger = tagger;
        this.xtagger = xtagger;
        this.lemmatizer = lemmatizer;
        this.parser = parser;
    }

    /** Loads the model shipped on the classpath. */
    public static SyntaxModel load() {
        return ARCHIVE.load(RESOURCE, SyntaxModel::read);
    }

    /** Loads a model from a directory holding {@value #FILE_NAME}, or from that file itself. */
    public static SyntaxModel load(Path path) throws IOException {
        return ModelArchive.load(path, SyntaxModel::read);
    }

    static SyntaxModel read(InputStream raw) throws IOException {
        DataInputStream in = ARCHIVE.open(raw);
        Tagger tagger = Tagger.read(in);
        Tagger xtagger = Tagger.read(in);
        Lemmatizer lemmatizer = Lemmatizer.read(in);
        Parser parser = Parser.read(in);
        Casing casing = Casing.read(in);
        if (!tagger.tagset().equals(Tagger.UPOS)) {
            throw new IOException("the first tagger of a syntax model must tag UPOS");
        }
        return new SyntaxModel(tagger, xtagger, lemmatizer, parser, casing);
    }

    void write(OutputStream raw) throws IOException {
        ARCHIVE.write(raw, out -> {
            tagger.write(out);
            xtagger.write(out);
            lemmatizer.write(out);
            parser.write(out);
            casing.write(out);
        });
    }

    void save(Path dir) throws IOException {
        ModelArchive.save(dir, this::write);
    }

    /**
     * Tags, lemmatizes and parses one sentence given as words (gold or engine tokens). Linear in the number and
     * length of the words; any list (empty, huge, punctuation only, null words) gives a well-formed tree.
     */
    public Parse parse(List<String> sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return new Parse(List.of());
        }
        List<String> forms = new ArrayList<>(sentence.size());
        for (String s : sentence) {
            forms.add(s == null ? "" : s);
        }
        Words words = new Words(casing.forAnalysis(forms));
        return parseTagged(words, tagger.tag(words, null), forms);
    }

    /**
     * The UPOS tags of one sentence given as words, by the tagger alone (no parse): the same tags {@link #parse}
     * gives, at a fraction of its cost. Any list (empty, null words) gives one tag per word.
     */
    public List<String> tag(List<String> sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(sentence.size());
        for (String s : sentence) {
            forms.add(s == null ? "" : s);
        }
        int[] tags = tagger.tag(new Words(casing.forAnalysis(forms)), null);
        List<String> out = new ArrayList<>(tags.length);
        for (int t : tags) {
            out.add(Tagger.UPOS.get(t));
        }
        return Collections.unmodifiableList(out);
    }

    /** Parses with given UPOS tags (gold-tag evaluation and tests). */
    Parse parseTagged(Words words, int[] tags) {
        return parseTagged(words, tags, java.util.Arrays.asList(words.forms));
    }

    private Parse parseTagged(Words words, int[] tags, List<String> forms) {
        words.ambiguity = tagger.ambiguities(words);
        int[] xtags = xtagger.tag(words, tags);
        int[] heads = new int[words.n];
        int[] rels = new int[words.n];
        parser.parse(words, tags, xtags, heads, rels);
        List<String> labels = parser.labels();
        List<Parse.Word> out = new ArrayList<>(words.n);
        for (int i = 0; i < words.n; i++) {
            String form = forms.get(i);
            String upos = Tagger.UPOS.get(tags[i]);
            out.add(new Parse.Word(
                    form,
                    upos,
                    xtagger.tagset().get(xtags[i]),
                    lemmatizer.lemma(form, upos),
                    heads[i],
                    labels.get(rels[i])));
        }
        return new Parse(Collections.unmodifiableList(out));
    }

    Tagger tagger() {
        return tagger;
    }

    boolean sameAs(SyntaxModel o) {
        return tagger.sameAs(o.tagger)
                && xtagger.sameAs(o.xtagger)
                && lemmatizer.sameAs(o.lemmatizer)
                && parser.sameAs(o.parser)
                && casing.sameAs(o.casing);
    }
}
