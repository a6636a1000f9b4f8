package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static dev.saywho.attribution.engine.stage.StageDocuments.span;
import static dev.saywho.attribution.engine.stage.StageDocuments.tokenAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Candidate;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.common.QuoteType;

/** {@link QuoteAssembler}: frames and quoted spans become typed quote candidates with their fragments. */
class QuoteAssemblerTest {

    private static final RuleCatalog RULES = RuleCatalog.standard();

    private final QuoteAssembler assembler = new QuoteAssembler(RULES.precedence(RULES.defaultCuePrecedence()));

    /** A frame of {@code rule} at {@code cue} naming {@code subject} and reporting the {@code content} pieces. */
    private static Frame frame(Document doc, String rule, String cue, String subject, String... content) {
        int[] c = span(doc, cue);
        int[] s = span(doc, subject);
        int first = tokenAt(doc, s[0]);
        Mention mention = new Mention(s[0], s[1], first, first + 1, Mention.Kind.NAME, s[0], s[1]);
        List<int[]> pieces = new ArrayList<>();
        for (String piece : content) {
            pieces.add(span(doc, piece));
        }
        return new Frame(
                RULES.rule(rule),
                c[0],
                c[1],
                mention,
                pieces,
                doc.sentenceOf(tokenAt(doc, c[0])).index(),
                -1,
                -1);
    }

    private static List<String> texts(Document doc, Candidate c) {
        return c.pieces().stream().map(p -> doc.text().substring(p[0], p[1])).toList();
    }

    @Test
    void theTypeSaysHowManyLettersAreQuoted() {
        Document d = doc("“The ferry stays,” Varga said. The toll is “fair,” he said. The pier will close, she said.");
        assertThat(QuoteAssembler.classify(d, List.of(span(d, "The ferry stays,"))))
                .isEqualTo(QuoteType.DIRECT);
        assertThat(QuoteAssembler.classify(d, List.of(span(d, "The toll is “fair,”"))))
                .isEqualTo(QuoteType.MIXED);
        assertThat(QuoteAssembler.classify(d, List.of(span(d, "The pier will close"))))
                .isEqualTo(QuoteType.INDIRECT);
        assertThat(QuoteAssembler.classify(d, List.of(span(d, "The pier will close"), span(d, "fair"))))
                .as("the letters of all pieces count")
                .isEqualTo(QuoteType.MIXED);
    }

    @Test
    void trimDropsSpacesAndUnquotedClausePunctuationButKeepsQuotedPunctuation() {
        Document d = doc("The pier will close, Quill said. “The ferry stays,” Varga said.");
        List<int[]> trimmed =
                QuoteAssembler.trim(d, List.of(new int[] {0, 21}, new int[] {32, 33}, span(d, "The ferry stays,")));
        assertThat(trimmed).hasSize(2);
        assertThat(trimmed.get(0)).as("the comma after “close” is the writer's").containsExactly(0, 19);
        assertThat(trimmed.get(1))
                .as("the comma inside the marks is the speaker's")
                .containsExactly(34, 50);
    }

    @Test
    void eachKeptFrameBecomesACandidateTypedByItsMarks() {
        Document direct = doc("“The ferry stays,” Varga said.");
        Frame trailing = frame(direct, "trailing-cue", "said", "Varga", "The ferry stays,");
        assertThat(assembler.assemble(direct, List.of(trailing)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
                    assertThat(c.frame()).isSameAs(trailing);
                    assertThat(c.start()).isEqualTo(1);
                    assertThat(c.end()).isEqualTo(17);
                    assertThat(c.paragraph()).isZero();
                });

        Document mixed = doc("The toll is “fair and overdue,” Varga said.");
        Frame clause = frame(mixed, "trailing-cue", "said", "Varga", "The toll is “fair and overdue,”");
        assertThat(assembler.assemble(mixed, List.of(clause))).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(QuoteType.MIXED);
            assertThat(texts(mixed, c)).containsExactly("The toll is “fair and overdue,”");
        });

        Document indirect = doc("Varga said that the ferry would stay.");
        Frame leading = frame(indirect, "leading-cue", "said", "Varga", "that the ferry would stay.");
        assertThat(assembler.assemble(indirect, List.of(leading)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo(QuoteType.INDIRECT);
                    assertThat(c.pieces().get(0))
                            .as("an unquoted clause loses its full stop")
                            .containsExactly(11, 36);
                });
    }

    @Test
    void quotesAroundAReportedQuoteBecomeItsFragments() {
        Document after = doc("“The ferry stays,” Varga said. “The toll is fair.” “The pier stays open.”");
        Frame f = frame(after, "trailing-cue", "said", "Varga", "The ferry stays,");
        assertThat(assembler.assemble(after, List.of(f))).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
            assertThat(texts(after, c))
                    .containsExactly("The ferry stays,", "The toll is fair.", "The pier stays open.");
            assertThat(c.end()).isEqualTo(72);
        });

        Document before = doc("“The pier is closed.” “The ferry stays,” Varga said.");
        Frame g = frame(before, "trailing-cue", "said", "Varga", "The ferry stays,");
        assertThat(assembler.assemble(before, List.of(g))).singleElement().satisfies(c -> {
            assertThat(texts(before, c)).containsExactly("The pier is closed.", "The ferry stays,");
            assertThat(c.start()).isEqualTo(1);
        });

        Document newswire = doc("“The ferry stays,” Varga said.\n\n“The toll is fair to everyone.”");
        Frame n = frame(newswire, "trailing-cue", "said", "Varga", "The ferry stays,");
        assertThat(assembler.assemble(newswire, List.of(n)))
                .as("a paragraph that is only a quote continues it")
                .singleElement()
                .satisfies(c -> assertThat(texts(newswire, c))
                        .containsExactly("The ferry stays,", "The toll is fair to everyone."));

        Document apart = doc("“The ferry stays,” Varga said. Brenn left early. “The toll is fair to everyone.”");
        Frame h = frame(apart, "trailing-cue", "said", "Varga", "The ferry stays,");
        List<Candidate> candidates = assembler.assemble(apart, List.of(h));
        assertThat(candidates).as("a sentence between them: two quotes").hasSize(2);
        assertThat(texts(apart, candidates.get(0))).containsExactly("The ferry stays,");
        assertThat(candidates.get(1).frame()).isNull();
    }

    @Test
    void aQuoteNoFrameReportsIsADirectCandidateWhenItReadsLikeSpeech() {
        Document d = doc("The pier is closed.\n\n“We wait no longer for the ferry.”");
        assertThat(assembler.assemble(d, List.of())).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
            assertThat(c.frame()).isNull();
            assertThat(c.paragraph()).isEqualTo(1);
            assertThat(c.pieces().get(0)).containsExactly(22, 54);
        });

        Document run = doc("“The pier is closed to everyone.” . . . “We wait no longer for the ferry.”");
        assertThat(assembler.assemble(run, List.of()))
                .as("only an ellipsis between them: one run of speech")
                .singleElement()
                .satisfies(c -> assertThat(texts(run, c))
                        .containsExactly("The pier is closed to everyone.", "We wait no longer for the ferry."));
    }

    @Test
    void scareQuotesTitlesAndQuotedWritingAreNoCandidates() {
        for (String text : List.of(
                "The council approved the “harbour plan” on Monday.",
                "She read “The Long Road Home: How Port Tessaly Got Its Ferry Back” twice.",
                "Locals call the ferry ‘the old lady of the harbour, the grey one’ these days.",
                "“Harbour toll to double,” by Tide’s Ada Lind: “The toll will double in June for every ferry.”",
                "The pier is closed.\n\n“We wait.”")) {
            Document d = doc(text);
            assertThat(d.quotedSpans()).as(text).isNotEmpty();
            assertThat(assembler.assemble(d, List.of())).as(text).isEmpty();
        }
    }

    @Test
    void aCueInsideWhatAnotherCueReportsIsPartOfThatReport() {
        Document d = doc("Varga said Brenn called the plan “reckless.”");
        Frame said = frame(d, "leading-cue", "said", "Varga", "Brenn called the plan “reckless.”");
        Frame called = frame(d, "sentence-subject", "called", "Brenn", "the plan “reckless.”");
        QuoteAssembler calledFirst = new QuoteAssembler(RULES.precedence(List.of("sentence-subject", "leading-cue")));

        assertThat(calledFirst.assemble(d, List.of(said, called)))
                .as("even when the inner cue's rule ranks first")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.frame()).isSameAs(said);
                    assertThat(c.type()).isEqualTo(QuoteType.MIXED);
                    assertThat(c.pieces().get(0)).containsExactly(11, 44);
                });
    }

    @Test
    void precedenceDecidesWhichFrameClaimsTheTextAndSwitchedOffRulesClaimNothing() {
        Document d = doc("“The ferry stays,” Varga said.");
        Frame trailing = frame(d, "trailing-cue", "said", "Varga", "The ferry stays,");
        Frame inverted = frame(d, "inverted-cue", "said", "Varga", "The ferry stays,");
        List<Frame> both = List.of(inverted, trailing);

        assertThat(assembler.assemble(d, both))
                .singleElement()
                .satisfies(c -> assertThat(c.frame()).isSameAs(trailing));

        QuoteAssembler invertedFirst = new QuoteAssembler(RULES.precedence(List.of("inverted-cue", "trailing-cue")));
        assertThat(invertedFirst.assemble(d, both))
                .singleElement()
                .satisfies(c -> assertThat(c.frame()).isSameAs(inverted));

        QuoteAssembler leadingOnly = new QuoteAssembler(RULES.precedence(List.of("leading-cue")));
        assertThat(leadingOnly.assemble(d, both))
                .as("no frame left: the quote is found by its marks")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.frame()).isNull();
                    assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
                    assertThat(c.pieces().get(0)).containsExactly(1, 17);
                });
    }
}
