package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Exact-span scores: first word, last word and type must all be right; unannotated types are not scored. */
class SpanEvaluationTest {

    private static EntitySpan span(int start, int end, EntityType type) {
        return new EntitySpan(start, end, type);
    }

    @Test
    void exactSpansPerTypeAndMicroAveraged() {
        SpanEvaluation e = new SpanEvaluation(EnumSet.of(EntityType.PERSON, EntityType.PLACE));
        e.add(
                List.of(span(0, 2, EntityType.PERSON), span(4, 6, EntityType.PLACE)),
                List.of(span(0, 2, EntityType.PERSON), span(4, 5, EntityType.PLACE)));
        e.add(List.of(span(1, 2, EntityType.PERSON)), List.of(span(1, 2, EntityType.PLACE)));
        assertThat(e.precision(EntityType.PERSON)).isEqualTo(1.0);
        assertThat(e.recall(EntityType.PERSON)).isEqualTo(0.5);
        assertThat(e.f1(EntityType.PLACE)).isZero();
        assertThat(e.microPrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(e.microRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(e.goldTotal()).isEqualTo(3);
        assertThat(e.report()).contains("PERSON").contains("micro");
    }

    @Test
    void aTypeTheGoldDoesNotAnnotateIsNeitherRightNorWrong() {
        SpanEvaluation e = new SpanEvaluation(EnumSet.of(EntityType.PERSON));
        e.add(
                List.of(span(0, 1, EntityType.PERSON)),
                List.of(span(0, 1, EntityType.PERSON), span(3, 5, EntityType.OTHER)));
        assertThat(e.microPrecision()).isEqualTo(1.0);
        assertThat(e.microF1()).isEqualTo(1.0);
    }
}
