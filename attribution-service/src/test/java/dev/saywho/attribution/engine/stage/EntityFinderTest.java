package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.entities.EntityModel;
import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.NamedEntity;

/** The entity recogniser as a stage of its own over the engine's document: names with their character offsets. */
class EntityFinderTest {

    private static List<String> found(Document doc, List<NamedEntity> entities) {
        return entities.stream()
                .map(e -> e.text(doc.text()) + "/" + e.type() + "/" + e.sentence())
                .toList();
    }

    @Test
    void namesWithTheirOffsetsInEverySentence() {
        String text = "Maria Lopez flew from London to Paris on Monday.\n\n"
                + "Senator David Park told the Chicago Tribune that he would run again.";
        Document doc = StageDocuments.doc(text);
        List<NamedEntity> entities = EntityFinder.shipped().find(doc);
        assertThat(found(doc, entities))
                .containsExactly(
                        "Maria Lopez/PERSON/0",
                        "London/PLACE/0",
                        "Paris/PLACE/0",
                        "David Park/PERSON/1",
                        "Chicago Tribune/ORGANIZATION/1");
        NamedEntity tribune = entities.get(4);
        assertThat(tribune.start()).isEqualTo(text.indexOf("Chicago"));
        assertThat(tribune.end()).isEqualTo(text.indexOf(" that"));
    }

    @Test
    void offsetsPointIntoTheTextThroughTypographicQuotesAndClitics() {
        String text = "“We’ll be back,” said Maria Lopez.";
        Document doc = StageDocuments.doc(text);
        List<NamedEntity> entities = EntityFinder.shipped().find(doc);
        assertThat(entities).hasSize(1);
        NamedEntity e = entities.get(0);
        assertThat(text.substring(e.start(), e.end())).isEqualTo("Maria Lopez");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aModelThatReadsTagsNeedsATagger() {
        assertThatThrownBy(() -> new EntityFinder(EntityModel.load(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs upos");
    }

    @Test
    void anEmptyDocumentHasNoNames() {
        assertThat(EntityFinder.shipped().find(StageDocuments.doc(""))).isEmpty();
    }
}
