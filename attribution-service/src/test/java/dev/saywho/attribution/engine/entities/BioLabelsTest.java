package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The BIO codec: spans to labels and back, and which label may follow which. */
class BioLabelsTest {

    @Test
    void spansRoundTrip() {
        List<EntitySpan> spans = List.of(
                new EntitySpan(0, 2, EntityType.PERSON),
                new EntitySpan(2, 3, EntityType.PERSON),
                new EntitySpan(5, 8, EntityType.PLACE));
        int[] labels = BioLabels.encode(9, spans);
        assertThat(BioLabels.decode(labels)).isEqualTo(spans);
        assertThat(BioLabels.all()).hasSize(BioLabels.COUNT).startsWith("O", "B-PERSON", "I-PERSON");
    }

    @Test
    void anInsideThatContinuesNothingBeginsASpan() {
        int i = BioLabels.inside(EntityType.ORGANIZATION);
        int b = BioLabels.begin(EntityType.PERSON);
        assertThat(BioLabels.decode(new int[] {0, i, i, b, i}))
                .containsExactly(
                        new EntitySpan(1, 3, EntityType.ORGANIZATION),
                        new EntitySpan(3, 4, EntityType.PERSON),
                        new EntitySpan(4, 5, EntityType.ORGANIZATION));
    }

    @Test
    void insideOnlyAfterItsOwnType() {
        int bPerson = BioLabels.begin(EntityType.PERSON);
        int iPerson = BioLabels.inside(EntityType.PERSON);
        assertThat(BioLabels.allowed(bPerson, iPerson)).isTrue();
        assertThat(BioLabels.allowed(iPerson, iPerson)).isTrue();
        assertThat(BioLabels.allowed(BioLabels.OUTSIDE, iPerson)).isFalse();
        assertThat(BioLabels.allowed(BioLabels.START, iPerson)).isFalse();
        assertThat(BioLabels.allowed(BioLabels.begin(EntityType.PLACE), iPerson))
                .isFalse();
        assertThat(BioLabels.allowed(BioLabels.START, bPerson)).isTrue();
    }

    @Test
    void overlappingSpansAreRefused() {
        assertThatThrownBy(() -> BioLabels.encode(
                        4, List.of(new EntitySpan(0, 2, EntityType.PERSON), new EntitySpan(1, 3, EntityType.PLACE))))
                .hasMessageContaining("overlapping");
    }
}
