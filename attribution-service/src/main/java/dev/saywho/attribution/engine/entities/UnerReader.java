package dev.saywho.attribution.engine.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Universal NER (UNER v1) files: IOB2, one word a line (index, word, tag, …), blank lines between sentences,
 * {@code # newdoc id} comments. Its types map to the recogniser's: {@code PER} person, {@code ORG} organization,
 * {@code LOC} place, {@code OTH} other; an {@code I-} that continues nothing begins an entity (as conlleval reads it).
 */
public final class UnerReader {

    static final Map<String, EntityType> TYPES = Map.of(
            "PER", EntityType.PERSON,
            "ORG", EntityType.ORGANIZATION,
            "LOC", EntityType.PLACE,
            "OTH", EntityType.OTHER);

    private UnerReader() {}

    public static List<LabeledSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<LabeledSentence> read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<LabeledSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        String document = "";
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                flush(document, words, labels, out);
                words = new ArrayList<>();
                labels = new ArrayList<>();
                continue;
            }
            if (line.startsWith("# newdoc id")) {
                document = line.substring(line.indexOf('=') + 1).strip();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IOException(
                        "line " + lineNo + ": expected index, word and tag, got " + cols.length + " columns");
            }
            words.add(cols[1]);
            labels.add(label(cols[2], lineNo));
        }
        flush(document, words, labels, out);
        return out;
    }

    private static int label(String tag, int lineNo) throws IOException {
        if (tag.equals("O")) {
            return BioLabels.OUTSIDE;
        }
        EntityType type = tag.length() > 2 && tag.charAt(1) == '-' ? TYPES.get(tag.substring(2)) : null;
        if (type == null || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            throw new IOException("line " + lineNo + ": unknown tag " + tag);
        }
        return tag.charAt(0) == 'B' ? BioLabels.begin(type) : BioLabels.inside(type);
    }

    private static void flush(String document, List<String> words, List<Integer> labels, List<LabeledSentence> out) {
        if (words.isEmpty()) {
            return;
        }
        int[] l = new int[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i);
        }
        out.add(new LabeledSentence(document, words, BioLabels.decode(l)));
    }
}
