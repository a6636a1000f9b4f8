package dev.saywho.attribution.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.SpeakerKind;

/**
 * Issue 20's dashboard check: the 500 articles of the project's own load tool ({@code tools/load/ingest-batch.py
 * --dry-run}, fictional people and organisations) through the engine, counted as the dashboard counts them (people:
 * person and group speakers by quotes; organisations: organisation speakers and the affiliations of whoever speaks),
 * and the leading names of both lists must be whole names of the right kind: no pronoun, no description, no fragment
 * of a longer organisation name ("Commerce" of "the Caldermere Chamber of Commerce"), no organisation among the
 * people ("Greystone Marine" was once a person with 41 quotes).
 */
class LoadArticleSpeakersTest {

    private static final Path GENERATOR = Path.of("..", "tools", "load", "ingest-batch.py");
    private static final int TOP = 10;
    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "it", "they", "who", "we", "i", "you", "one", "this", "that");

    @Test
    void theDashboardsLeadingSpeakersAreWholeNamesOfTheRightKind() throws Exception {
        assumeTrue(DevCorpusRegressionTest.python3Available(), "python3 is not on the PATH");
        List<String> texts = loadArticles(500);
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults());
        Map<String, Integer> people = new HashMap<>();
        Map<String, Integer> organisations = new HashMap<>();
        Map<String, SpeakerKind> kinds = new HashMap<>();
        for (String text : texts) {
            for (Quote q : engine.attribute(text).quotes()) {
                QuoteSpeaker s = q.speaker();
                if (s == null) {
                    continue;
                }
                kinds.put(s.name(), s.kind());
                if (s.kind() == SpeakerKind.PERSON || s.kind() == SpeakerKind.GROUP) {
                    people.merge(s.name(), 1, Integer::sum);
                } else if (s.kind() == SpeakerKind.ORGANIZATION) {
                    organisations.merge(s.name(), 1, Integer::sum);
                }
                if (s.affiliation() != null) {
                    organisations.merge(s.affiliation(), 1, Integer::sum);
                }
            }
        }
        List<String> topPeople = top(people);
        List<String> topOrganisations = top(organisations);
        assertThat(topPeople).hasSize(TOP);
        assertThat(topOrganisations).hasSize(TOP);
        for (String name : topPeople) {
            assertThat(name)
                    .as("a leading person on the dashboard (people %s)", topPeople)
                    .matches("\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)+");
            assertThat(PRONOUNS).doesNotContain(name.toLowerCase(Locale.ROOT));
            assertThat(kinds.get(name)).isEqualTo(SpeakerKind.PERSON);
            for (String organisation : organisations.keySet()) {
                assertThat(containsWords(organisation, name))
                        .as("'%s' is part of the organisation '%s'", name, organisation)
                        .isFalse();
            }
        }
        for (String name : topOrganisations) {
            assertThat(Character.isUpperCase(name.charAt(0)))
                    .as("a leading organisation is a name: '%s' (%s)", name, topOrganisations)
                    .isTrue();
            for (String other : organisations.keySet()) {
                assertThat(!other.equals(name) && containsWords(other, name))
                        .as("'%s' is a fragment of '%s' (%s)", name, other, topOrganisations)
                        .isFalse();
            }
            for (String person : people.keySet()) {
                assertThat(person).as("'%s' counted as a person too", name).isNotEqualTo(name);
            }
        }
    }

    /** The articles the load tool generates with a fixed seed, as it would send them. */
    private static List<String> loadArticles(int count) throws IOException, InterruptedException {
        Path out = Files.createTempFile("load-articles-", ".ndjson");
        try {
            Process process = new ProcessBuilder(
                            "python3",
                            GENERATOR.toString(),
                            "--dry-run",
                            "--count",
                            String.valueOf(count),
                            "--seed",
                            "1",
                            "--run-id",
                            "test")
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the load tool did not finish");
            }
            assertThat(process.exitValue()).isZero();
            ObjectMapper mapper = new ObjectMapper();
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                JsonNode article = mapper.readTree(line);
                texts.add(article.path("text").asText());
            }
            assertThat(texts).hasSize(count);
            return texts;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** True when {@code part}'s words occur, in order and whole, inside the longer {@code whole}. */
    private static boolean containsWords(String whole, String part) {
        return whole.length() > part.length() && (" " + whole + " ").contains(" " + part + " ");
    }
}
