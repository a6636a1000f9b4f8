package dev.saywho.attribution.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.UdWords;
import dev.saywho.attribution.engine.stage.Segmenter;

/** The engine's sentences as the parser sees them: UD words with exact offsets, and a tree for every sentence. */
class DocumentTreesTest {

    private final Segmenter segmenter = new Segmenter(Lexicons.standard());

    @Test
    void engineTokensAreCutIntoUdWordsThatKeepTheirOffsets() {
        String text = "Tessaly’s mayor didn’t say the well-known plan can't work, and I'm sure they’re wrong about "
                + "post-war loans.";
        Document doc = segmenter.segment(text);
        List<UdWords.Piece> words = UdWords.of(doc, doc.sentences().get(0));
        assertThat(words)
                .extracting(UdWords.Piece::form)
                .containsSubsequence(
                        "Tessaly",
                        "’s",
                        "did",
                        "n’t",
                        "say",
                        "well",
                        "-",
                        "known",
                        "ca",
                        "n't",
                        "work",
                        "I",
                        "'m",
                        "they",
                        "’re",
                        "post-war");
        for (UdWords.Piece word : words) {
            assertThat(text.substring(word.start(), word.end())).isEqualTo(word.form());
            assertThat(doc.token(word.token()).start()).isLessThanOrEqualTo(word.start());
            assertThat(doc.token(word.token()).end()).isGreaterThanOrEqualTo(word.end());
        }
    }

    @Test
    void everySentenceCanBeAskedForItsTree() {
        String text = "Mayor Ilse Varga said the bridge would reopen in May. The council didn’t agree.";
        Document doc = segmenter.segment(text);
        SentenceTree first = doc.tree(doc.sentences().get(0));
        assertThat(doc.tree(doc.sentences().get(0)))
                .as("parsed once, then kept")
                .isSameAs(first);

        int said = first.root();
        assertThat(first.word(said).form()).isEqualTo("said");
        // The subject is the whole titled name, whichever word heads it (the treebanks head it on the title).
        assertThat(first.dependents(said, "nsubj")).hasSize(1);
        int[] subject = first.subtreeSpan(first.dependents(said, "nsubj").get(0));
        assertThat(text.substring(
                        first.word(subject[0]).start(), first.word(subject[1]).end()))
                .isEqualTo("Mayor Ilse Varga");
        assertThat(first.dependents(said, "ccomp"))
                .extracting(i -> first.word(i).form())
                .containsExactly("reopen");
        for (SyntacticWord word : first.words()) {
            assertThat(text.substring(word.start(), word.end())).isEqualTo(word.form());
        }
        int[] clause = first.subtreeSpan(first.dependents(said, "ccomp").get(0));
        assertThat(text.substring(
                        first.word(clause[0]).start(), first.word(clause[1]).end()))
                .isEqualTo("the bridge would reopen in May");

        SentenceTree second = doc.tree(doc.sentences().get(1));
        assertThat(second.words())
                .extracting(SyntacticWord::form)
                .containsExactly("The", "council", "did", "n’t", "agree", ".");
    }

    @Test
    void hostileTextStillGivesATreeForEverySentence() {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        String[] pieces = {
            "said",
            "“",
            "”",
            "—",
            "Varga",
            "’s",
            "don’t",
            "-",
            "...",
            "\n\n",
            "!!",
            "U.S.",
            "e-mail",
            "𝔘𝔫𝔦",
            "中文",
            "ü",
            ",",
            ";",
            "(",
            ")",
            "x".repeat(500),
            "     "
        };
        for (int i = 0; i < 4_000; i++) {
            text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        Document doc = segmenter.segment(text.toString());
        for (Sentence s : doc.sentences()) {
            SentenceTree tree = doc.tree(s);
            long roots = tree.words().stream().filter(w -> w.head() < 0).count();
            assertThat(roots).as("one root in sentence %d", s.index()).isEqualTo(tree.size() == 0 ? 0 : 1);
            for (int i = 0; i < tree.size(); i++) {
                assertThat(tree.word(i).head()).isBetween(-1, tree.size() - 1);
                assertThat(tree.dominates(tree.root(), i))
                        .as("word %d hangs under the root", i)
                        .isTrue();
            }
        }
    }
}
