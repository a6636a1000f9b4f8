package dev.saywho.attribution.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.saywho.attribution.corpus.OwnGold.GoldArticle;
import dev.saywho.attribution.corpus.OwnGold.GoldQuote;
import dev.saywho.common.SpeakerKind;

/** The own gold set is well formed: every article has a gold file, and every gold quote's text is in its article. */
class OwnGoldFilesTest {

    private static final Set<String> CLASSES = Set.of(
            "plain",
            "org-name",
            "org-reference",
            "acronym",
            "apposition",
            "possessive-role",
            "relative-role",
            "anonymous",
            "dateline",
            "according-to",
            "multi-paragraph",
            "later-named",
            "surname");

    @Test
    void everyArticleHasAGoldFileAndEveryGoldFileAnArticle() throws IOException {
        List<String> names = OwnGold.names();
        assertFalse(names.isEmpty(), "no articles in " + OwnGold.DIR);
        List<Executable> checks = new ArrayList<>();
        for (String name : names) {
            checks.add(() -> assertTrue(
                    Files.isRegularFile(OwnGold.DIR.resolve(name + ".gold.json")), name + ".gold.json is missing"));
        }
        try (var files = Files.list(OwnGold.DIR)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".gold.json"))
                    .forEach(n -> checks.add(() -> assertTrue(
                            names.contains(n.substring(0, n.length() - ".gold.json".length())),
                            n + " has no article")));
        }
        assertAll(checks);
    }

    @Test
    void everyGoldQuoteOccursInItsArticleAndIsComplete() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String name : OwnGold.names()) {
            GoldArticle article = assertDoesNotThrow(() -> OwnGold.read(name), name);
            checks.add(() -> assertFalse(article.quotes().isEmpty(), name + ": no quotes"));
            for (GoldQuote q : article.quotes()) {
                String label = name + ": \"" + q.text() + "\"";
                for (int[] f : q.fragments()) {
                    checks.add(() ->
                            assertTrue(f[0] < f[1] && f[1] <= article.text().length(), label));
                }
                checks.add(() -> assertTrue(
                        q.speaker() != null && article.text().contains(q.speaker()),
                        label + ": no speaker, or not written so in the article"));
                checks.add(() -> assertTrue(CLASSES.contains(q.wording()), label + ": unknown class " + q.wording()));
                checks.add(() -> assertTrue(
                        !q.anonymous() || q.kind() == SpeakerKind.PERSON || q.kind() == SpeakerKind.GROUP,
                        label + ": an anonymous source is a PERSON or a GROUP"));
                checks.add(() -> assertTrue(
                        q.affiliation() == null || article.text().contains(q.affiliation()),
                        label + ": the affiliation is not written so in the article"));
            }
        }
        assertAll(checks);
    }

    @Test
    void aSpeakerHasOneKindRoleAndAffiliationPerArticle() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String name : OwnGold.names()) {
            Map<String, List<String>> described = new HashMap<>();
            for (GoldQuote q : OwnGold.read(name).quotes()) {
                List<String> description =
                        Arrays.asList(q.kind().name(), String.valueOf(q.role()), String.valueOf(q.affiliation()));
                List<String> first = described.putIfAbsent(q.speaker(), description);
                checks.add(() -> assertEquals(
                        first == null ? description : first,
                        description,
                        name + ": " + q.speaker() + " is described differently on \"" + q.text() + "\""));
            }
        }
        assertAll(checks);
    }
}
