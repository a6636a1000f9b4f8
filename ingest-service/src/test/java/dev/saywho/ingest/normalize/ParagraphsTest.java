package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private final Paragraphs paragraphs = new Paragraphs();

    @Test
    @SuppressWarnings("StringConcatToTextBlock") // the blank lines and trailing spaces are the point: escapes show them
    void blankLinesSeparateParagraphsAndSingleBreaksAreWraps() {
        String text = "\n\n  Mayor Ilse Varga said the harbour\nwould reopen on Sunday.  \n \n\n\n"
                + "Crews worked   through\nthe night.\n";
        assertThat(paragraphs.split(text))
                .containsExactly(
                        "Mayor Ilse Varga said the harbour would reopen on Sunday.", "Crews worked through the night.");
    }

    @Test
    void keepsHyphenOfCompoundWrappedAtTheHyphen() {
        assertThat(paragraphs.split("a Port Tessaly-\nbased crew and an inter-\nnational team"))
                .containsExactly("a Port Tessaly-based crew and an inter-national team");
    }

    @Test
    void spacedDashAtLineEndIsNotAWordWrap() {
        assertThat(paragraphs.split("the pier -\nrebuilt twice -\n\"is ready\""))
                .containsExactly("the pier - rebuilt twice - \"is ready\"");
    }

    @Test
    void keepsLeadingHeadlineLineAsItsOwnParagraph() {
        String text = """
                Port Tessaly Harbour Reopens After Storm
                Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday, three weeks after the storm
                destroyed most of its piers.""";
        assertThat(paragraphs.split(text))
                .containsExactly(
                        "Port Tessaly Harbour Reopens After Storm",
                        "Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday, three weeks after the storm "
                                + "destroyed most of its piers.");
    }

    @Test
    void shortSentenceCaseHeadlineBeforeLongLineIsKept() {
        String text = "Harbour reopens in Port Tessaly\n"
                + "Mayor Ilse Varga reopened the harbour on Sunday, three weeks after a storm destroyed most of "
                + "its piers, and promised to rebuild the fish market by spring.";
        assertThat(paragraphs.split(text)).hasSize(2).first().isEqualTo("Harbour reopens in Port Tessaly");
    }

    @Test
    void wrappedLedeIsNotMistakenForAHeadline() {
        String text = "Mayor Ilse Varga of Port Tessaly said on Tuesday that the\n"
                + "harbour would reopen after three weeks of repairs.";
        assertThat(paragraphs.split(text))
                .containsExactly(
                        "Mayor Ilse Varga of Port Tessaly said on Tuesday that the harbour would reopen after three "
                                + "weeks of repairs.");
    }

    @Test
    void wrappedLineBeforeAProperNameIsNotAHeadline() {
        String text = "The harbour of the town reopened on Sunday, said the mayor,\n"
                + "Ilse Varga, after three weeks of repairs to the piers.";
        assertThat(paragraphs.split(text)).hasSize(1);
    }

    @Test
    void blockWhoseEveryLineEndsASentenceHasOneParagraphPerLine() {
        String text = """
                Harbour Reopens in Port Tessaly
                Mayor Ilse Varga reopened the harbour on Sunday.
                “We have rebuilt every pier,” she said.
                Crews worked through the night?
                """;
        assertThat(paragraphs.split(text))
                .containsExactly(
                        "Harbour Reopens in Port Tessaly",
                        "Mayor Ilse Varga reopened the harbour on Sunday.",
                        "“We have rebuilt every pier,” she said.",
                        "Crews worked through the night?");
    }

    @Test
    void wrappedBlockWithSomeSentenceEndsAtLineEndsIsJoined() {
        String text = """
                Mayor Ilse Varga reopened the harbour
                on Sunday.
                Crews worked through the night.
                The fish market opens next week.""";
        assertThat(paragraphs.split(text))
                .containsExactly("Mayor Ilse Varga reopened the harbour on Sunday. "
                        + "Crews worked through the night. The fish market opens next week.");
    }

    @Test
    void emptyAndBlankInputHaveNoParagraphs() {
        assertThat(paragraphs.split("")).isEmpty();
        assertThat(paragraphs.split("\n  \n")).isEmpty();
    }
}
