package dev.saywho.attribution.corpus;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.Gender;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.Quote;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Speaker;

/**
 * Development tool: runs the engine over a JSONL corpus ({"id", "text"} per line) and prints the source-diversity
 * figures of issue 24 as a sanity check (speakers by kind of source, persons whose gender the article states, the
 * share of women among them by speaker and by quote, the shares of anonymous and document quotes). Writes every
 * speaker (article id, name, profile, evidence words with code-point offsets) to a JSONL file for hand-checking.
 * Usage: {@code SourceProfileRunner IN.jsonl OUT.jsonl}. The output holds corpus text: keep it under target/.
 */
public final class SourceProfileRunner {

    private SourceProfileRunner() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SourceProfileRunner IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults());
        Figures figures = new Figures();
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String id = node.path("id").asText();
                String text = node.get("text").asText();
                EngineResult result = engine.attribute(text);
                figures.articles++;
                Map<String, Integer> quotesBySpeaker = new HashMap<>();
                for (Quote q : result.quotes()) {
                    figures.quotes++;
                    if (q.speaker() == null) {
                        continue;
                    }
                    quotesBySpeaker.merge(q.speaker().name(), 1, Integer::sum);
                    figures.countQuote(q.speaker().profile());
                }
                for (Speaker speaker : result.speakers()) {
                    int quotes = quotesBySpeaker.getOrDefault(speaker.name(), 0);
                    figures.countSpeaker(speaker.profile());
                    writer.write(json.writeValueAsString(row(id, text, speaker, quotes)));
                    writer.newLine();
                }
            }
        }
        figures.print();
        System.out.println("Speakers written to " + out);
    }

    private static Map<String, Object> row(String id, String text, Speaker speaker, int quotes) {
        SourceProfile profile = speaker.profile() == null ? SourceProfile.unknown() : speaker.profile();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", speaker.name());
        row.put("kind", speaker.kind());
        row.put("role", speaker.role());
        row.put("affiliation", speaker.affiliation());
        row.put("quotes", quotes);
        row.put("sourceKind", profile.sourceKind());
        row.put("gender", profile.gender());
        row.put("roleClass", profile.roleClass());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (GenderEvidence e : profile.genderEvidence()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind());
            m.put("gender", e.gender());
            m.put("start", cp(text, e.span().start()));
            m.put("end", cp(text, e.span().end()));
            m.put("words", text.substring(e.span().start(), e.span().end()));
            evidence.add(m);
        }
        row.put("evidence", evidence);
        List<int[]> mentions = new ArrayList<>();
        speaker.mentions().forEach(s -> mentions.add(new int[] {cp(text, s.start()), cp(text, s.end())}));
        row.put("mentions", mentions);
        return row;
    }

    private static int cp(String text, int index) {
        return text.codePointCount(0, index);
    }

    /** Counts over the corpus; a speaker or quote without a profile counts as UNKNOWN kind and gender. */
    private static final class Figures {
        int articles;
        int quotes;
        int attributedQuotes;
        final Map<SourceKind, Integer> speakersByKind = new EnumMap<>(SourceKind.class);
        final Map<SourceKind, Integer> quotesByKind = new EnumMap<>(SourceKind.class);
        final Map<Gender, Integer> personsByGender = new EnumMap<>(Gender.class);
        final Map<Gender, Integer> personQuotesByGender = new EnumMap<>(Gender.class);

        void countSpeaker(SourceProfile profile) {
            SourceProfile p = profile == null ? SourceProfile.unknown() : profile;
            speakersByKind.merge(p.sourceKind(), 1, Integer::sum);
            if (p.sourceKind() == SourceKind.PERSON) {
                personsByGender.merge(p.gender(), 1, Integer::sum);
            }
        }

        void countQuote(SourceProfile profile) {
            SourceProfile p = profile == null ? SourceProfile.unknown() : profile;
            attributedQuotes++;
            quotesByKind.merge(p.sourceKind(), 1, Integer::sum);
            if (p.sourceKind() == SourceKind.PERSON) {
                personQuotesByGender.merge(p.gender(), 1, Integer::sum);
            }
        }

        void print() {
            int speakers = sum(speakersByKind);
            System.out.printf(
                    "%d articles, %d quotes (%d attributed to a speaker), %d speakers%n",
                    articles, quotes, attributedQuotes, speakers);
            System.out.println("Speakers by kind of source (speakers / attributed quotes):");
            for (SourceKind kind : SourceKind.values()) {
                System.out.printf(
                        "  %-13s %5d (%s) / %5d (%s)%n",
                        kind,
                        speakersByKind.getOrDefault(kind, 0),
                        share(speakersByKind.getOrDefault(kind, 0), speakers),
                        quotesByKind.getOrDefault(kind, 0),
                        share(quotesByKind.getOrDefault(kind, 0), attributedQuotes));
            }
            int persons = sum(personsByGender);
            int women = personsByGender.getOrDefault(Gender.FEMALE, 0);
            int men = personsByGender.getOrDefault(Gender.MALE, 0);
            int womenQuotes = personQuotesByGender.getOrDefault(Gender.FEMALE, 0);
            int menQuotes = personQuotesByGender.getOrDefault(Gender.MALE, 0);
            System.out.printf(
                    "Persons answered (gender stated): %d of %d (%s): %d women, %d men%n",
                    women + men, persons, share(women + men, persons), women, men);
            System.out.printf(
                    "Women's share of persons of stated gender: by speaker %s, by quote %s (%d of %d quotes)%n",
                    share(women, women + men),
                    share(womenQuotes, womenQuotes + menQuotes),
                    womenQuotes,
                    womenQuotes + menQuotes);
            int anonymous = quotesByKind.getOrDefault(SourceKind.ANONYMOUS, 0);
            int documents = quotesByKind.getOrDefault(SourceKind.DOCUMENT, 0);
            System.out.printf(
                    "Anonymous share of attributed quotes: %s (%d of %d; %s of all %d quotes)%n",
                    share(anonymous, attributedQuotes), anonymous, attributedQuotes, share(anonymous, quotes), quotes);
            System.out.printf(
                    "Document share of attributed quotes: %s (%d of %d); of speakers: %s%n",
                    share(documents, attributedQuotes),
                    documents,
                    attributedQuotes,
                    share(speakersByKind.getOrDefault(SourceKind.DOCUMENT, 0), speakers));
        }

        private static int sum(Map<?, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String share(int part, int whole) {
            return whole == 0 ? "n/a" : String.format("%.1f %%", 100.0 * part / whole);
        }
    }
}
