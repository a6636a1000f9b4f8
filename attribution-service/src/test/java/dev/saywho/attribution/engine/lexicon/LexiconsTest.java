package dev.saywho.attribution.engine.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** The word lists load without a duplicated or contradictory entry, and a list that has one is refused. */
class LexiconsTest {

    @Test
    void theShippedListsLoadWithoutDuplicates() {
        Lexicons lex = Lexicons.standard();
        assertThat(lex.speechVerb("said")).isEqualTo(Lexicons.VerbClass.CLAUSE);
        assertThat(lex.reportPredicateForm("thought").lemma()).isEqualTo("think");
        assertThat(lex.reportPredicate("plan").complements()).containsExactly("xcomp");
    }

    @Test
    void anEntryListedTwiceIsRefusedWithBothLines() {
        assertThatThrownBy(() -> rows("speech-verbs.txt", "said\tCLAUSE\nnoted\tCLAUSE\nsaid\tCLAUSE\n"))
                .hasMessageContaining("speech-verbs.txt:3")
                .hasMessageContaining("line 1");
    }

    @Test
    void aContradictoryEntryIsRefused() {
        assertThatThrownBy(() -> rows("speech-verbs.txt", "retorted\tQUOTE\nRetorted\tCLAUSE\n"))
                .hasMessageContaining("already listed");
    }

    @Test
    void caseTellsEntriesApartOnlyWhereItMatters() throws Exception {
        assertThat(Lexicons.rows("titles.txt", reader("Former\nformer\n"), 1)).hasSize(2);
    }

    private static void rows(String file, String content) throws Exception {
        Lexicons.rows(file, reader(content), 2);
    }

    private static BufferedReader reader(String content) {
        return new BufferedReader(new StringReader(content));
    }
}
