package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextHygieneTest {

    private final TextHygiene hygiene = new TextHygiene();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Port Tessalyâ€™s mayor            | Port Tessaly’s mayor",
                "â€œWe will rebuild,â€\u009D she said | “We will rebuild,” she said",
                "the harbour â€” rebuilt           | the harbour — rebuilt",
                "pages 4â€“6                        | pages 4–6",
                "cafÃ© in VÃ¤rdÃ¶                    | café in Värdö",
                "Ã\u00a0 la carte                  | à la carte",
                "priced at Â£40                     | priced at £40",
                "40Â\u00a0km                        | 40 km",
                "2 Ã— 3                            | 2 × 3",
                "ÐŸÑ€Ð¸Ð²ÐµÑ‚                       | Привет",
                "emoji ðŸ™‚ here                     | emoji 🙂 here",
            })
    void repairsUtf8ReadAsWindows1252(String broken, String repaired) {
        assertThat(hygiene.clean(broken)).isEqualTo(repaired);
    }

    @Test
    void repairsUtf8ReadAsLatin1() {
        assertThat(hygiene.clean("Varga\u00e2\u0080\u0099s boat")).isEqualTo("Varga’s boat");
    }

    @Test
    void leavesLegitimateLatin1TextAlone() {
        String text = "Señora Ibáñez paid 40 € for «Über» at the café, naïve as ever — ¿verdad?";
        assertThat(hygiene.clean(text)).isEqualTo(text);
    }

    @Test
    void keepsQuotationMarksExactlyAsTheyAre() {
        String text = "“Curly,” ‘single’, \"straight\", 'apostrophe', «guillemets» and „low“";
        assertThat(hygiene.clean(text)).isEqualTo(text);
    }

    @Test
    void turnsExoticSpacesIntoSpaces() {
        assertThat(hygiene.clean("10\u00a0km, 5\u202f%, 1\u2007000 and\u3000more"))
                .isEqualTo("10 km, 5 %, 1 000 and more");
    }

    @Test
    void removesZeroWidthCharactersBomAndSoftHyphens() {
        assertThat(hygiene.clean("\ufeffPort\u200b Tes\u00adsaly\u200c is\u200d near\u2060by"))
                .isEqualTo("Port Tessaly is nearby");
    }

    @Test
    void removesControlCharactersButKeepsNewlinesAndTurnsTabsIntoSpaces() {
        assertThat(hygiene.clean("a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh")).isEqualTo("abcdef g\nh");
    }

    @Test
    void unifiesLineEndings() {
        assertThat(hygiene.clean("one\r\ntwo\rthree\n\r\nfour")).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void composesToNfc() {
        assertThat(hygiene.clean("Ve\u0301ronique")).isEqualTo("Véronique");
    }

    @Test
    void inlineFoldsAllWhitespace() {
        assertThat(hygiene.inline("  Mayor\n\n Ilse \t Varga\u00a0 ")).isEqualTo("Mayor Ilse Varga");
        assertThat(hygiene.inline(null)).isNull();
    }
}
