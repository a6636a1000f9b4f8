package dev.saywho.attribution.engine.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;

/**
 * The data files the recogniser is trained and evaluated on, under the UD directory ({@code ../shared/ud}; see its
 * README for their licences). Training reads GUM's Wikimedia train and dev files and UNER English-EWT dev; the two
 * test files are only ever evaluated on.
 */
public enum EntityData {
    GUM_TRAIN("gum-wikimedia-train", "en_gum-wikimedia-train.conllu", Kind.GUM),
    GUM_DEV("gum-wikimedia-dev", "en_gum-wikimedia-dev.conllu", Kind.GUM),
    UNER_DEV("uner-ewt-dev", "uner/en_ewt-uner-dev.iob2", Kind.UNER),
    GUM_TEST("gum-wikimedia-test", "en_gum-wikimedia-test.conllu", Kind.GUM),
    UNER_TEST("uner-ewt-test", "uner/en_ewt-uner-test.iob2", Kind.UNER);

    /** The files of the shipped model's training. */
    public static final List<EntityData> TRAINING = List.of(GUM_TRAIN, GUM_DEV, UNER_DEV);
    /** The test sets, never trained on. */
    public static final List<EntityData> TESTS = List.of(UNER_TEST, GUM_TEST);

    private enum Kind {
        GUM,
        UNER
    }

    private final String label;
    private final String file;
    private final Kind kind;

    EntityData(String label, String file, Kind kind) {
        this.label = label;
        this.file = file;
        this.kind = kind;
    }

    /** The file's path relative to the UD directory. */
    public String file() {
        return file;
    }

    /** A short name for reports and manifests: {@code uner-ewt-test}, {@code gum-wikimedia-dev}, … */
    public String label() {
        return label;
    }

    /**
     * The types the file annotates, so the types an evaluation scores: UNER's English-EWT release has no {@code OTH}
     * entity, so on it {@link EntityType#OTHER} is neither right nor wrong.
     */
    public Set<EntityType> annotatedTypes() {
        return kind == Kind.GUM
                ? EnumSet.allOf(EntityType.class)
                : EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    }

    public Path in(Path udDir) {
        return udDir.resolve(file);
    }

    public boolean presentIn(Path udDir) {
        return Files.isRegularFile(in(udDir));
    }

    /** The file's sentences with their gold entities. */
    public List<LabeledSentence> read(Path udDir) throws IOException {
        Path p = in(udDir);
        if (kind == Kind.GUM) {
            Lexicons lexicons = Lexicons.standard();
            return GumEntities.read(p, lexicons::isTitle);
        }
        return UnerReader.read(p);
    }
}
