package dev.saywho.attribution.engine.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The BIO codec: label 0 is {@code O}; type {@code t} has {@code B-t} at {@code 1 + 2t} and {@code I-t} at
 * {@code 2 + 2t}. {@code I-t} may only follow {@code B-t} or {@code I-t}, so every label sequence the decoder can
 * produce reads as spans.
 */
final class BioLabels {

    /** The types in label order; the order is the codec's own, not the enum's, and the manifest records it. */
    static final List<EntityType> TYPES =
            List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.OTHER);

    static final int OUTSIDE = 0;
    /** Number of labels. */
    static final int COUNT = 1 + 2 * TYPES.size();
    /** The previous label of the first word. */
    static final int START = COUNT;

    private static final List<String> NAMES = names();

    private BioLabels() {}

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        out.add("O");
        for (EntityType t : TYPES) {
            out.add("B-" + t.name());
            out.add("I-" + t.name());
        }
        return Collections.unmodifiableList(out);
    }

    /** The label names in index order (the manifest records them; a model with other labels is refused). */
    static List<String> all() {
        return NAMES;
    }

    static int begin(EntityType t) {
        return 1 + 2 * TYPES.indexOf(t);
    }

    static int inside(EntityType t) {
        return 2 + 2 * TYPES.indexOf(t);
    }

    static boolean isInside(int label) {
        return label != OUTSIDE && label % 2 == 0;
    }

    static EntityType type(int label) {
        return TYPES.get((label - 1) / 2);
    }

    /** Whether {@code label} may follow {@code previous} ({@link #START} before the first word). */
    static boolean allowed(int previous, int label) {
        if (!isInside(label)) {
            return true;
        }
        return previous != START && previous != OUTSIDE && type(previous) == type(label);
    }

    /** The labels of {@code n} words holding {@code spans} (which must not overlap). */
    static int[] encode(int n, List<EntitySpan> spans) {
        int[] labels = new int[n];
        for (EntitySpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (labels[i] != OUTSIDE) {
                    throw new IllegalArgumentException("overlapping entity spans at word " + i);
                }
                labels[i] = i == s.start() ? begin(s.type()) : inside(s.type());
            }
        }
        return labels;
    }

    /** The spans a label sequence holds, in order; an {@code I-} that continues nothing begins a span (conlleval). */
    static List<EntitySpan> decode(int[] labels) {
        List<EntitySpan> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : OUTSIDE;
            if (start >= 0 && (!isInside(l) || type(l) != type(labels[start]))) {
                out.add(new EntitySpan(start, i, type(labels[start])));
                start = -1;
            }
            if (l != OUTSIDE && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
