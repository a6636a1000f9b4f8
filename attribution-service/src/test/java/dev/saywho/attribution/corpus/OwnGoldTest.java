package dev.saywho.attribution.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.saywho.attribution.corpus.OwnGold.GoldArticle;
import dev.saywho.attribution.corpus.OwnGold.GoldQuote;
import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.CodePointOffsets;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;

/**
 * Scores the engine on the project's own gold set (src/test/resources/gold): quotes found, speaker, speaker with
 * role and affiliation, kind, and predicted speaker names that are a pronoun or a fragment of an organisation's name;
 * prints a table per class of wording, writes it to target/gold/report.md and fails when a figure drops below its
 * floor in gold-floors.properties.
 */
class OwnGoldTest {

    private static final Path OUT = Path.of("target", "gold");
    private static final String FLOORS = "/gold-floors.properties";
    /** The scorer's overlap threshold: a gold and a predicted quote match at a character Jaccard of at least this. */
    private static final double MIN_OVERLAP = 0.5;

    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "his", "its", "their", "our",
            "this", "that", "who", "which");

    /** Counts for one row of the table. */
    private static final class Tally {
        int gold;
        int found;
        int speaker;
        int speakerLenient;
        int full;
        int kind;

        void add(Tally t) {
            gold += t.gold;
            found += t.found;
            speaker += t.speaker;
            speakerLenient += t.speakerLenient;
            full += t.full;
            kind += t.kind;
        }

        double recall() {
            return ratio(found, gold);
        }

        double speakerAccuracy() {
            return ratio(speaker, found);
        }

        double fullAccuracy() {
            return ratio(full, found);
        }

        double kindAccuracy() {
            return ratio(kind, found);
        }

        private static double ratio(int n, int d) {
            return d == 0 ? 0.0 : (double) n / d;
        }

        String row(String label) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |",
                    label,
                    gold,
                    found,
                    recall(),
                    speakerAccuracy(),
                    ratio(speakerLenient, found),
                    fullAccuracy(),
                    kindAccuracy());
        }
    }

    @Test
    void ownGoldScoresStayAboveTheFloors() throws IOException {
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults());
        Map<String, Tally> byClass = new TreeMap<>();
        Map<String, Tally> byType = new TreeMap<>();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> bySet = new TreeMap<>();
        Set<String> seen = OwnGold.seenByTuning();
        Tally all = new Tally();
        int predicted = 0;
        int named = 0;
        List<String> pronounOrFragment = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> predictions = new ArrayList<>();
        predictions.add("article\tstart\tend\ttype\trule\tspeaker\tkind\trole\taffiliation\ttext");
        List<String> names = OwnGold.names();
        for (String name : names) {
            GoldArticle article = OwnGold.read(name);
            List<Quote> quotes = engine.attribute(article.text()).quotes();
            predicted += quotes.size();
            quotes.forEach(q -> predictions.add(tsv(name, q)));
            int[] codePoints = article.text().codePoints().toArray();
            CodePointOffsets offsets = new CodePointOffsets(article.text());
            List<BitSet> goldSpans = article.quotes().stream()
                    .map(q -> ScorerRules.spanSet(codePoints, codePointFragments(q.fragments(), offsets)))
                    .toList();
            List<BitSet> predictedSpans = quotes.stream()
                    .map(q -> ScorerRules.spanSet(codePoints, predictedFragments(q, offsets)))
                    .toList();
            int[] matchOf = ScorerRules.match(goldSpans, predictedSpans, MIN_OVERLAP);
            for (int g = 0; g < article.quotes().size(); g++) {
                GoldQuote gold = article.quotes().get(g);
                Tally t = score(gold, matchOf[g] < 0 ? null : quotes.get(matchOf[g]), name, misses);
                byClass.computeIfAbsent(gold.wording(), k -> new Tally()).add(t);
                byType.computeIfAbsent(gold.type().name(), k -> new Tally()).add(t);
                byKind.computeIfAbsent(gold.kind().name() + (gold.anonymous() ? " (anonymous)" : ""), k -> new Tally())
                        .add(t);
                bySet.computeIfAbsent(seen.contains(name) ? "seen by tuning" : "unseen by tuning", k -> new Tally())
                        .add(t);
                all.add(t);
            }
            Set<String> orgNames = organisationNames(article);
            for (Quote q : quotes) {
                if (q.speaker() != null && q.speaker().name() != null) {
                    named++;
                    if (isPronounOrFragment(q.speaker().name(), orgNames)) {
                        pronounOrFragment.add(
                                name + ": \"" + q.speaker().name() + "\" for \"" + abbreviate(q.text()) + "\"");
                    }
                }
            }
        }

        List<String> report = new ArrayList<>();
        report.add(String.format(
                Locale.ROOT,
                "Own gold set: %d articles, %d gold quotes; engine %s predicted %d quotes, %d with a speaker name.",
                names.size(),
                all.gold,
                engine.version(),
                predicted,
                named));
        report.add("");
        report.add("| rows | gold | found | recall | speaker | speaker (scorer's lenient rule) "
                + "| speaker+role+affiliation | kind |");
        report.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        report.add(all.row("**all**"));
        bySet.forEach((k, t) -> report.add(t.row("articles " + k)));
        byType.forEach((k, t) -> report.add(t.row("type " + k)));
        byKind.forEach((k, t) -> report.add(t.row("kind " + k)));
        byClass.forEach((k, t) -> report.add(t.row("class " + k)));
        report.add("");
        report.add(
                "Predicted speaker names that are a pronoun or an organisation fragment: " + pronounOrFragment.size());
        pronounOrFragment.forEach(p -> report.add("- " + p));
        report.add("");
        report.add("Gold quotes not right in full (" + misses.size() + "):");
        misses.forEach(m -> report.add("- " + m));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("report.md"), report, StandardCharsets.UTF_8);
        Files.write(OUT.resolve("predictions.tsv"), predictions, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), report));

        Properties floors = floors();
        int pronounCap = Integer.parseInt(floors.getProperty("pronounOrFragment.max"));
        List<Executable> checks = new ArrayList<>();
        checks.add(floor(floors, "recall", all.recall()));
        checks.add(floor(floors, "speaker", all.speakerAccuracy()));
        checks.add(floor(floors, "speakerRoleAffiliation", all.fullAccuracy()));
        checks.add(floor(floors, "kind", all.kindAccuracy()));
        checks.add(() -> assertTrue(
                pronounOrFragment.size() <= pronounCap,
                "pronoun or organisation-fragment speaker names: " + pronounOrFragment.size() + " > " + pronounCap));
        assertAll("own gold set (report in " + OUT.resolve("report.md") + ")", checks);
    }

    /** One gold quote against its matched prediction (null when none): a tally of one. */
    private static Tally score(GoldQuote gold, Quote match, String article, List<String> misses) {
        Tally t = new Tally();
        t.gold = 1;
        String label = article + " [" + gold.wording() + "] \"" + abbreviate(gold.text()) + "\" (" + gold.speaker()
                + " / " + gold.kind() + " / " + gold.role() + " / " + gold.affiliation() + ")";
        if (match == null) {
            misses.add(label + ": not found");
            return t;
        }
        t.found = 1;
        QuoteSpeaker s = match.speaker();
        String name = s == null ? null : s.name();
        List<String> goldNames = new ArrayList<>();
        goldNames.add(gold.speaker());
        goldNames.addAll(gold.aliases());
        boolean speaker = name != null
                && goldNames.stream().anyMatch(g -> OwnGold.normalise(g).equals(OwnGold.normalise(name)));
        t.speaker = speaker ? 1 : 0;
        t.speakerLenient = name != null && ScorerRules.speakerMatch(name, goldNames) ? 1 : 0;
        boolean role = OwnGold.normalise(gold.role()).equals(OwnGold.normalise(s == null ? null : s.role()));
        boolean affiliation =
                OwnGold.normalise(gold.affiliation()).equals(OwnGold.normalise(s == null ? null : s.affiliation()));
        t.full = speaker && role && affiliation ? 1 : 0;
        SpeakerKind kind = s == null ? null : s.kind();
        // an unnamed source is its own kind in the contract; the gold keeps person or group beside the flag
        t.kind = kind == (gold.anonymous() ? SpeakerKind.ANONYMOUS : gold.kind()) ? 1 : 0;
        if (t.full == 0 || t.kind == 0) {
            misses.add(label + ": got "
                    + (s == null ? "no speaker" : name + " / " + kind + " / " + s.role() + " / " + s.affiliation()));
        }
        return t;
    }

    /** The normalised names of every organisation the article's gold names, as speaker or as affiliation. */
    private static Set<String> organisationNames(GoldArticle article) {
        Set<String> names = new LinkedHashSet<>();
        for (GoldQuote q : article.quotes()) {
            if (q.kind() == SpeakerKind.ORGANIZATION) {
                names.add(OwnGold.normalise(q.speaker()));
            }
            if (q.affiliation() != null) {
                names.add(OwnGold.normalise(q.affiliation()));
            }
        }
        names.remove("");
        return names;
    }

    /**
     * A pronoun, or a proper part of an organisation's name in the article ("council" of "Isle of Brannoch Parish
     * Council", "Chamber of Commerce" of "Halverton Chamber of Commerce"): whole words, never the whole name.
     */
    static boolean isPronounOrFragment(String name, Set<String> organisationNames) {
        String n = OwnGold.normalise(name);
        if (n.isEmpty() || PRONOUNS.contains(n)) {
            return true;
        }
        String padded = " " + n + " ";
        return organisationNames.stream().anyMatch(o -> !o.equals(n) && (" " + o + " ").contains(padded));
    }

    private static Executable floor(Properties floors, String key, double measured) {
        double floor = Double.parseDouble(floors.getProperty(key));
        return () ->
                assertTrue(measured >= floor, String.format(Locale.ROOT, "%s %.4f < floor %.3f", key, measured, floor));
    }

    private static Properties floors() {
        Properties floors = new Properties();
        try (InputStream in = OwnGoldTest.class.getResourceAsStream(FLOORS)) {
            if (in == null) {
                throw new IllegalStateException(FLOORS + " is missing from the test classpath");
            }
            floors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }

    private static List<int[]> codePointFragments(List<int[]> fragments, CodePointOffsets offsets) {
        return fragments.stream()
                .map(f -> new int[] {offsets.of(f[0]), offsets.of(f[1])})
                .toList();
    }

    private static List<int[]> predictedFragments(Quote quote, CodePointOffsets offsets) {
        List<int[]> fragments = new ArrayList<>();
        for (Span f : quote.fragments()) {
            fragments.add(new int[] {offsets.of(f.start()), offsets.of(f.end())});
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] {offsets.of(quote.start()), offsets.of(quote.end())});
        }
        return fragments;
    }

    /** One predicted quote as a line of target/gold/predictions.tsv. */
    private static String tsv(String article, Quote q) {
        QuoteSpeaker s = q.speaker();
        return String.join(
                "\t",
                article,
                String.valueOf(q.start()),
                String.valueOf(q.end()),
                String.valueOf(q.type()),
                String.valueOf(q.rule()),
                s == null ? "" : String.valueOf(s.name()),
                s == null ? "" : String.valueOf(s.kind()),
                s == null ? "" : String.valueOf(s.role()),
                s == null ? "" : String.valueOf(s.affiliation()),
                q.text().replaceAll("\\s+", " "));
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
