package dev.saywho.attribution.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U, the treebanks' format (a word a line in ten tab-separated columns, a blank line after each sentence,
 * {@code #} comments): the syntactic words of each sentence, and the {@code # newdoc id} lines that start documents.
 * Multiword token ranges ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped. What a sentence's words mean (a tree,
 * named entities, coreference chains) is the caller's.
 */
public final class ConllU {

    private ConllU() {}

    /** A syntactic word: its FORM, LEMMA, UPOS, XPOS, HEAD (0 for the root and for {@code _}), DEPREL and MISC. */
    public record Word(String form, String lemma, String upos, String xpos, int head, String deprel, String misc) {

        /** The value of {@code key} in the MISC column ({@code Entity=…}), or the empty string. */
        public String misc(String key) {
            String prefix = key + "=";
            for (String kv : misc.split("\\|", -1)) {
                if (kv.startsWith(prefix)) {
                    return kv.substring(prefix.length());
                }
            }
            return "";
        }
    }

    /** What a reader does with a file's documents and sentences, in file order. */
    public interface Handler {

        /** A {@code # newdoc id = …} line: the sentences that end after it are of document {@code id}. */
        default void document(String id) throws IOException {}

        /** A sentence's words (never none), ended by the blank line {@code lineNo} or by the end of the file. */
        void sentence(List<Word> words, int lineNo) throws IOException;
    }

    /**
     * Reads CoNLL-U from {@code reader} into {@code handler}. A word line needs at least {@code columns} columns (8 for
     * a reader of the tree alone, 10 with MISC; MISC is empty when absent); a shorter line or a HEAD that is not a
     * number is refused with its line number.
     */
    public static void read(Reader reader, int columns, Handler handler) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Word> words = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    handler.sentence(words, lineNo);
                    words = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("# newdoc id")) {
                handler.document(line.substring(line.indexOf('=') + 1).strip());
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < columns) {
                throw new IOException("line " + lineNo + ": expected 10 tab-separated columns, got " + cols.length);
            }
            if (cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0) {
                continue;
            }
            int head;
            try {
                head = "_".equals(cols[6]) ? 0 : Integer.parseInt(cols[6]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ": bad HEAD " + cols[6], e);
            }
            words.add(new Word(cols[1], cols[2], cols[3], cols[4], head, cols[7], cols.length > 9 ? cols[9] : ""));
        }
        if (!words.isEmpty()) {
            handler.sentence(words, lineNo);
        }
    }
}
