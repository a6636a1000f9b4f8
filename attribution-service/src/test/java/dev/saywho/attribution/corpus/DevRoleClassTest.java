package dev.saywho.attribution.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.Span;
import dev.saywho.common.Speaker;
import dev.saywho.common.testing.SharedData;

/**
 * Issue 24's role class and kind of source where the product is used: real news, the PolNeAR dev split's quoted named
 * speakers, labelled by hand (sources/dev-role-classes.tsv: 664 speakers of 153 articles drawn at random). The labels
 * name each article by a digest of its id and each speaker by the code-point offsets of one gold mention, so that no
 * text of the corpus is copied; the test skips, visibly, without ../shared. The report goes to
 * target/sources/dev-roles.md; floors (sources-floors.properties, dev.*) keep the figures from falling. A speaker is
 * the engine's speaker with a mention at the labelled one or, failing that, the one whose name ends in the labelled
 * mention's surname: the engine may give the quote to another mention of the same person.
 */
class DevRoleClassTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A labelled speaker: the code-point offsets of a mention, the kind of source, the role class (or null) and whether
     * it is of the held-out part.
     */
    private record Label(int start, int end, String kind, String roleClass, boolean heldOut) {}

    /** The figures of some labels, and how many of their persons the engine gives a role class. */
    private static final class Part {
        final SourceProfileGoldTest.Figures figures = new SourceProfileGoldTest.Figures();
        int roleAnswered;
        int rolesFound;

        String row(String name) {
            SourceProfileGoldTest.Figures f = figures;
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.3f (%d of %d) | %.3f (%d of %d) | %.3f (%d of %d) | %.3f (%d) | %.3f |%n",
                    name,
                    f.speakers,
                    f.found,
                    f.kind(),
                    f.kindRight,
                    f.found,
                    f.role(),
                    f.roleRight,
                    f.rolesGold,
                    ratio(f.roleRight, rolesFound),
                    f.roleRight,
                    rolesFound,
                    ratio(roleAnswered, f.rolesGold),
                    roleAnswered,
                    ratio(f.roleRight, roleAnswered));
        }
    }

    @Test
    void theEngineClassesRealNewsSpeakersAsAReaderDoes() throws IOException {
        Path dev = SharedData.require("eval/dev.jsonl");
        Map<String, List<Label>> labels = readLabels();
        AttributionEngine engine = AttributionEngine.create(null);
        Part all = new Part();
        Part tuning = new Part();
        Part heldOut = new Part();
        List<String> errors = new ArrayList<>();
        for (GoldCorpus.Article article : GoldCorpus.read(dev, JSON)) {
            List<Label> ofArticle = labels.remove(digest(article.id()));
            if (ofArticle == null) {
                continue;
            }
            String text = article.text();
            EngineResult result = engine.attribute(text);
            for (Label label : ofArticle) {
                int start = text.offsetByCodePoints(0, label.start());
                int end = text.offsetByCodePoints(0, label.end());
                Speaker speaker = speakerAt(result.speakers(), start, end);
                if (speaker == null) {
                    speaker = speakerNamed(result.speakers(), text.substring(start, end));
                }
                String error = score(all, label, speaker);
                score(label.heldOut() ? heldOut : tuning, label, speaker);
                if (error != null && !label.heldOut()) {
                    errors.add(article.id() + " “" + text.substring(start, end) + "”: " + error);
                }
            }
        }
        assertThat(labels).as("labelled articles missing from the dev split").isEmpty();

        String header = "| speakers | labelled | found | kind of source | role class (persons) |"
                + " role class (persons found) | answered | right where answered |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
        String md = "# Role class and kind of source on real news (PolNeAR dev, labelled by hand)\n\n" + header
                + all.row("all") + tuning.row("tuning part") + heldOut.row("held-out part")
                + "\n## Per class, all\n\n" + all.figures.classTable()
                + "\n## Role class, label against engine, tuning part\n\n" + tuning.figures.roleConfusionTable()
                + "\n## Role class, label against engine, held-out part\n\n"
                + heldOut.figures.roleConfusionTable();
        System.out.println(md);
        md += "\n## Errors in the tuning part\n\n"
                + String.join("\n", errors.stream().map(e -> "- " + e).toList());
        Path dir = Path.of("target/sources");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dev-roles.md"), md, StandardCharsets.UTF_8);

        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/sources-floors.properties")) {
            floors.load(in);
        }
        assertThat(all.figures.kind())
                .as("kind of source on dev")
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("dev.kind.accuracy")));
        assertThat(all.figures.role())
                .as("role class on dev")
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("dev.role.accuracy")));
    }

    /** Counts a label against the engine's speaker at its mention (or null); the error, if any. */
    private static String score(Part part, Label label, Speaker speaker) {
        SourceProfileGoldTest.Figures f = part.figures;
        f.speakers++;
        boolean roled = label.roleClass() != null;
        if (roled) {
            f.rolesGold++;
        }
        if (speaker == null || speaker.profile() == null) {
            if (roled) {
                f.confuse(label.roleClass(), "not found");
            }
            return "not found";
        }
        f.found++;
        String kind = speaker.profile().sourceKind().name().toLowerCase(Locale.ROOT);
        f.count("kind", kind, label.kind());
        String error = null;
        if (kind.equals(label.kind())) {
            f.kindRight++;
        } else {
            error = "kind " + kind + ", label " + label.kind();
        }
        if (roled) {
            part.rolesFound++;
            String role = f.scoreRole(label.roleClass(), speaker);
            part.roleAnswered += role.equals("none") ? 0 : 1;
            if (!role.equals(label.roleClass())) {
                error = (error == null ? "" : error + "; ") + "role class " + role + ", label " + label.roleClass()
                        + " (speaker " + speaker.name() + ", role " + speaker.role() + ", affiliation "
                        + speaker.affiliation() + ")";
            }
        }
        return error;
    }

    @Test
    void twoReadersOfTheHeldOutPartAgree() throws IOException {
        Map<String, List<Label>> first = readLabels("/sources/dev-role-classes.tsv");
        Map<String, List<Label>> second = readLabels("/sources/dev-role-classes-second-reader.tsv");
        int speakers = 0;
        int kindsAgreed = 0;
        int roles = 0;
        int rolesAgreed = 0;
        for (Map.Entry<String, List<Label>> article : second.entrySet()) {
            List<Label> theirs = first.get(article.getKey());
            assertThat(theirs).as("the first reading of %s", article.getKey()).isNotNull();
            for (Label label : article.getValue()) {
                Label other = theirs.stream()
                        .filter(l -> l.start() == label.start() && l.end() == label.end())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no first reading of " + label));
                assertThat(other.heldOut())
                        .as("a second reading is of the held-out part")
                        .isTrue();
                speakers++;
                kindsAgreed += other.kind().equals(label.kind()) ? 1 : 0;
                if (other.roleClass() != null) {
                    roles++;
                    rolesAgreed += other.roleClass().equals(label.roleClass()) ? 1 : 0;
                }
            }
        }
        String md = String.format(
                Locale.ROOT,
                "Two readers of the held-out part: kind of source %.3f (%d of %d), role class %.3f (%d of %d)%n",
                ratio(kindsAgreed, speakers),
                kindsAgreed,
                speakers,
                ratio(rolesAgreed, roles),
                rolesAgreed,
                roles);
        System.out.println(md);
        Files.createDirectories(Path.of("target/sources"));
        Files.writeString(Path.of("target/sources/dev-roles-agreement.md"), md, StandardCharsets.UTF_8);
        assertThat(speakers).as("second readings").isEqualTo(105);
        // two readers of the same brief should agree far above the engine; a drop means a label file went wrong
        assertThat(ratio(rolesAgreed, roles)).as("role class agreement").isGreaterThan(0.9);
    }

    /** The labels by article digest, from sources/dev-role-classes.tsv. */
    private Map<String, List<Label>> readLabels() throws IOException {
        return readLabels("/sources/dev-role-classes.tsv");
    }

    /** The labels by article digest, from a label file of the same columns. */
    private Map<String, List<Label>> readLabels(String resource) throws IOException {
        Map<String, List<Label>> labels = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as("the dev labels").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as("a label line: %s", line).hasSize(6);
                labels.computeIfAbsent(c[0], k -> new ArrayList<>())
                        .add(new Label(
                                Integer.parseInt(c[1]),
                                Integer.parseInt(c[2]),
                                c[3],
                                c[4].equals("-") ? null : c[4],
                                c[5].equals("held")));
            }
        }
        return labels;
    }

    /** The first 16 hex digits of the SHA-256 of a dev article's id: how the labels name it. */
    static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's speaker with a mention overlapping {@code [start, end)}. */
    private static Speaker speakerAt(List<Speaker> speakers, int start, int end) {
        for (Speaker s : speakers) {
            for (Span m : s.mentions()) {
                if (m.start() < end && m.end() > start) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * The one engine speaker whose name ends in the last word of a labelled mention that is a name ("Sanders", "Mr.
     * McCain"), when the engine gave the quote to another mention of them (a pronoun, an earlier name); or null.
     */
    private static Speaker speakerNamed(List<Speaker> speakers, String mention) {
        String[] words = mention.strip().split("\\s+", -1);
        String last = words[words.length - 1].replaceAll("['’]s?$|[,.]$", "");
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
            return null;
        }
        Speaker found = null;
        for (Speaker s : speakers) {
            String[] name = s.name().split("\\s+", -1);
            if (name.length > 1 && name[name.length - 1].equals(last)) {
                if (found != null) {
                    return null; // two people of that surname: the mention does not say which
                }
                found = s;
            }
        }
        return found;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
