package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static dev.saywho.attribution.engine.stage.StageDocuments.tokenIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;

/** {@link ContentFinder}: what a cue reports and where that reported clause ends, as character offsets. */
class ContentFinderTest {

    private final Lexicons lex = Lexicons.standard();
    private final ContentFinder contents = new ContentFinder(lex, new SubjectFinder(lex));

    private static int lastTokenIndex(Document doc, String text) {
        for (int i = doc.tokenCount() - 1; i >= 0; i--) {
            if (doc.token(i).is(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token " + text);
    }

    /** The clause reported from the first token {@code from} (clauseFrom), as offset pairs. */
    private List<int[]> clauseFrom(Document doc, String from) {
        int j = tokenIndex(doc, from);
        return contents.clauseFrom(doc, doc.sentenceOf(j), j);
    }

    /** The content after the first {@code verb}, taken as a leading cue of class {@code vc}. */
    private List<int[]> after(Document doc, String verb, VerbClass vc) {
        int v = tokenIndex(doc, verb);
        return contents.contentAfter(doc, doc.sentenceOf(v), v + 1, verb, vc);
    }

    /** The content before a trailing cue whose subject starts after the last token {@code boundary}. */
    private List<int[]> before(Document doc, String boundary) {
        int b = lastTokenIndex(doc, boundary);
        return contents.contentBefore(doc, doc.sentenceOf(b), b);
    }

    private static String text(Document doc, int[] piece) {
        return doc.text().substring(piece[0], piece[1]);
    }

    @Test
    void aThatClauseRunsToTheEndOfTheSentence() {
        Document d = doc("Varga said that the ferry would stay.");
        assertThat(clauseFrom(d, "that")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(11, 37);
            assertThat(text(d, c)).isEqualTo("that the ferry would stay.");
        });
        assertThat(after(d, "said", VerbClass.CLAUSE))
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(11, 37));
        assertThat(clauseFrom(doc("Varga said so."), "so"))
                .as("one word is no clause")
                .isNull();
    }

    @Test
    void aSpeechParticipleOrAConcessiveAfterACommaEndsTheClause() {
        Document adding = doc("Varga said the toll was fair, adding that the ferry would stay.");
        assertThat(clauseFrom(adding, "the")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(11, 28);
            assertThat(text(adding, c)).isEqualTo("the toll was fair");
        });
        Document although = doc("Varga said the toll was fair, although the ferry was late again.");
        assertThat(clauseFrom(although, "the"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(11, 28));
        Document coming = doc("Varga said the toll was fair, coming from a long dispute over it.");
        assertThat(clauseFrom(coming, "the"))
                .as("a participle that reports nothing goes on with the clause")
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(11, 65));
    }

    @Test
    void aNewReportOrASemicolonEndsTheClause() {
        Document report = doc("Varga said the toll was fair, Brenn said it was not.");
        assertThat(clauseFrom(report, "the"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(11, 28));
        Document semicolon = doc("Varga said the toll was fair; Brenn disagreed.");
        assertThat(clauseFrom(semicolon, "the"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(11, 28));
    }

    @Test
    void aCommaClosingQuotedWordsEndsTheContentUnlessAQuotationOpensWithinTheWindow() {
        Document comment = doc("Varga called the plan “bold,” a rare compliment from her.");
        assertThat(clauseFrom(comment, "the")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(13, 29);
            assertThat(text(comment, c)).isEqualTo("the plan “bold,”");
        });
        assertThat(ContentFinder.quoteOpensWithin(
                        comment,
                        lastTokenIndex(comment, "”") + 1,
                        comment.tokenCount(),
                        ContentFinder.QUOTE_LIST_WINDOW))
                .isFalse();

        Document list = doc("Varga called the plan “bold,” “fair” and “overdue.”");
        assertThat(ContentFinder.quoteOpensWithin(
                        list, tokenIndex(list, "”") + 1, list.tokenCount(), ContentFinder.QUOTE_LIST_WINDOW))
                .isTrue();
        assertThat(clauseFrom(list, "the")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(13, 51);
            assertThat(text(list, c)).isEqualTo("the plan “bold,” “fair” and “overdue.”");
        });
    }

    @Test
    void aCoordinatedPastTenseVerbAfterQuotedWordsStartsAPredicateTheCueDoesNotReport() {
        Document d = doc("Varga called the plan “bold” and praised the harbour crew.");
        int praised = tokenIndex(d, "praised");
        assertThat(ContentFinder.coordinatedVerbPhrase(d, praised, d.tokenCount(), true))
                .isTrue();
        assertThat(ContentFinder.coordinatedVerbPhrase(d, praised, d.tokenCount(), false))
                .as("only after quoted words")
                .isFalse();
        assertThat(clauseFrom(d, "the")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(13, 28);
            assertThat(text(d, c)).isEqualTo("the plan “bold”");
        });

        Document adjective = doc("Varga called the plan “bold” and daring.");
        assertThat(clauseFrom(adjective, "the"))
                .as("“and” before an adjective goes on with the clause")
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(13, 40));
    }

    @Test
    void theClauseBeforeATrailingCue() {
        Document plain = doc("The ferry will stay until June, Varga said.");
        assertThat(before(plain, ",")).singleElement().satisfies(c -> {
            assertThat(c).containsExactly(0, 30);
            assertThat(text(plain, c)).isEqualTo("The ferry will stay until June");
        });

        Document quote = doc("“The ferry stays,” Varga said.");
        assertThat(before(quote, "”"))
                .as("the quote's content, its comma included")
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(1, 17));

        Document mixed = doc("The harbour plan was “a disgrace,” Varga said.");
        assertThat(before(mixed, "”"))
                .as("a quote closing a clause: the whole clause")
                .singleElement()
                .satisfies(c -> assertThat(text(mixed, c)).isEqualTo("The harbour plan was “a disgrace,”"));

        Document second = doc("The ferry will stay until June, and the toll was “a disgrace,” Varga said.");
        assertThat(before(second, "”"))
                .as("the clause joined by “, and”")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c).containsExactly(36, 62);
                    assertThat(text(second, c)).isEqualTo("the toll was “a disgrace,”");
                });

        assertThat(before(doc("Fine, Varga said."), ","))
                .as("fewer than three words")
                .isNull();
    }

    @Test
    void theContentAfterALeadingCue() {
        Document colon = doc("Varga said: “The ferry stays.”");
        assertThat(after(colon, "said", VerbClass.CLAUSE))
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(13, 29));

        Document bare = doc("Varga replied the toll was “fair.”");
        assertThat(after(bare, "replied", VerbClass.QUOTE))
                .as("a quote-only verb reports no clause")
                .isNull();
        assertThat(after(bare, "replied", VerbClass.CLAUSE))
                .as("the same words after a clause verb")
                .singleElement()
                .satisfies(c -> assertThat(text(bare, c)).isEqualTo("the toll was “fair.”"));
        Document quoted = doc("Varga replied: “The toll is fair.”");
        assertThat(after(quoted, "replied", VerbClass.QUOTE))
                .singleElement()
                .satisfies(c -> assertThat(text(quoted, c)).isEqualTo("The toll is fair."));

        Document question = doc("Varga asked whether the ferry would stay.");
        assertThat(after(question, "asked", VerbClass.QUOTE))
                .singleElement()
                .satisfies(c -> assertThat(text(question, c)).isEqualTo("whether the ferry would stay."));

        Document paragraph = doc("Varga said in a statement:\n\n“The ferry stays.”");
        int colonMark = tokenIndex(paragraph, ":");
        List<int[]> statement =
                contents.contentAfter(paragraph, paragraph.sentenceOf(colonMark), colonMark, "said", VerbClass.CLAUSE);
        assertThat(statement)
                .as("the statement is the next paragraph")
                .singleElement()
                .satisfies(c -> assertThat(c).containsExactly(29, 45));
    }

    @Test
    void untilCommaCutsAtTheFirstCommaOutsideQuotationMarks() {
        Document d = doc("Varga, who called the plan “bold, if late,” after the vote, told Brenn it was fair.");
        int called = tokenIndex(d, "called");
        int[] clause = {d.token(called).start(), d.text().length()};
        assertThat(ContentFinder.untilComma(
                        d, clause, called, d.sentences().get(0).endToken()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c).containsExactly(11, 58);
                    assertThat(text(d, c)).isEqualTo("called the plan “bold, if late,” after the vote");
                });
    }

    @Test
    void aCommaClosingQuotedWordsEndsTheClauseUnlessASubordinateClauseGoesOn() {
        Document writerComment = doc("Varga said the toll was “a fair price,” a view few drivers share.");
        assertThat(clauseFrom(writerComment, "the"))
                .singleElement()
                .satisfies(c -> assertThat(text(writerComment, c)).isEqualTo("the toll was “a fair price,”"));
        Document because = doc("Varga said the toll was “a fair price,” because the bridge needs new cables.");
        assertThat(clauseFrom(because, "the"))
                .singleElement()
                .satisfies(c -> assertThat(text(because, c))
                        .isEqualTo("the toll was “a fair price,” because the bridge needs new cables."));
        Document with = doc("Brenn said the ferries are “not all alike,” with some far older than others.");
        assertThat(clauseFrom(with, "the"))
                .singleElement()
                .satisfies(c -> assertThat(text(with, c))
                        .isEqualTo("the ferries are “not all alike,” with some far older than others."));
        Document newReport = doc("Brenn said the ferries are “not all alike,” Varga said in a statement.");
        assertThat(clauseFrom(newReport, "the"))
                .singleElement()
                .satisfies(c -> assertThat(text(newReport, c)).isEqualTo("the ferries are “not all alike,”"));
    }
}
