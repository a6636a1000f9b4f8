package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a tiny set of sentences written for this test (fictional people and places): the model learns them,
 * saves and reloads to the same bytes and answers, answers a batch as it answers one sentence at a time, and the same
 * seed writes the same bytes.
 */
class EntityModelTest {

    /** Sentences in a bracket notation: {@code [PERSON Ilse Varga]}. */
    static final List<String> TRAINING = List.of(
            "[PERSON Ilse Varga] said the [ORGANIZATION Tessaly Harbour Authority] would reopen the bridge .",
            "The mayor of [PLACE Port Tessaly] , [PERSON Ilse Varga] , spoke on Monday .",
            "[PERSON Olek Pella] flew from [PLACE Vellmar] to [PLACE Port Tessaly] for the [OTHER Lantern Fair] .",
            "The [ORGANIZATION Vellmar Farmers Union] thanked [PERSON Pell Andrade] .",
            "[PERSON Andrade] lives in [PLACE Vellmar] and works for the [ORGANIZATION Tessaly Harbour Authority] .",
            "Nobody in the village said anything .");

    static LabeledSentence parse(String bracketed) {
        List<String> words = new ArrayList<>();
        List<EntitySpan> spans = new ArrayList<>();
        EntityType open = null;
        int start = 0;
        for (String w : bracketed.split(" ", -1)) {
            if (w.startsWith("[")) {
                open = EntityType.valueOf(w.substring(1));
                start = words.size();
            } else if (w.endsWith("]")) {
                words.add(w.substring(0, w.length() - 1));
                spans.add(new EntitySpan(start, words.size(), open));
                open = null;
            } else {
                words.add(w);
            }
        }
        return new LabeledSentence("test", words, spans);
    }

    /** A stand-in tagger for the test: capitalised words after the first are proper nouns. */
    static List<String> tags(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            out.add(capital && (i > 0 || !w.equals("The")) ? "PROPN" : Character.isLetter(w.charAt(0)) ? "X" : "PUNCT");
        }
        return out;
    }

    /** A gazetteer written for the test: one title, one given name, one place of two words. */
    static final Gazetteer GAZETTEER = new Gazetteer(
            Map.of("Mayor", Gazetteer.TITLE, "Ilse", Gazetteer.GIVEN_NAME), Map.of("Port Tessaly", Gazetteer.PLACE));

    static EntityModel train(long seed) throws IOException {
        List<LabeledSentence> sentences =
                TRAINING.stream().map(EntityModelTest::parse).toList();
        EntityTrainer.Settings settings = new EntityTrainer.Settings(
                seed, 8, 16, 0f, "none", FeatureSet.standard(GAZETTEER).descriptor());
        return EntityTrainer.train(
                sentences,
                settings,
                EntityModelTest::tags,
                EntityTrainer.baseManifest(settings, Map.of("test-sentences", "sha256:none"), GAZETTEER),
                GAZETTEER,
                null);
    }

    static byte[] bytes(EntityModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    private static List<EntitySpan> recognize(EntityModel model, List<String> words) {
        return model.recognize(words, tags(words));
    }

    @Test
    void learnsItsTrainingSentences() throws IOException {
        EntityModel model = train(3);
        for (String s : TRAINING) {
            LabeledSentence gold = parse(s);
            assertThat(recognize(model, gold.words())).as(s).isEqualTo(gold.entities());
        }
    }

    @Test
    void savedAndReloadedAnswersTheSame(@TempDir Path dir) throws IOException {
        EntityModel model = train(3);
        model.save(dir);
        EntityModel read = EntityModel.load(dir);
        assertThat(bytes(read)).isEqualTo(bytes(model));
        assertThat(read.manifest()).isEqualTo(model.manifest());
        assertThat(read.gazetteer()).isEqualTo(GAZETTEER);
        for (String s : List.of(
                "Ilse Varga said the bridge would reopen .",
                "Olek Pella spoke for the Vellmar Farmers Union in Port Tessaly .",
                "Nobody said anything .")) {
            List<String> words = Arrays.asList(s.split(" "));
            assertThat(recognize(read, words)).as(s).isEqualTo(recognize(model, words));
        }
    }

    @Test
    void aBatchIsAnsweredAsOneSentenceAtATime() throws IOException {
        EntityModel model = train(3);
        List<List<String>> batch = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (String s : TRAINING) {
            batch.add(parse(s).words());
            tags.add(tags(parse(s).words()));
        }
        batch.add(List.of());
        tags.add(List.of());
        List<List<EntitySpan>> answers = model.recognizeAll(batch, tags);
        assertThat(answers).hasSize(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            assertThat(answers.get(i)).isEqualTo(model.recognize(batch.get(i), tags.get(i)));
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        assertThat(bytes(train(5))).isEqualTo(bytes(train(5)));
    }

    @Test
    void itsContractSaysWhatItNeedsAndAdds() throws IOException {
        EntityModel model = train(3);
        assertThat(model.contract().name()).isEqualTo("entities");
        assertThat(model.contract().needs()).containsExactlyInAnyOrder("words", "upos");
        assertThat(model.contract().adds()).containsExactly("entities");
        assertThatThrownBy(() -> model.recognize(List.of("Varga"), null)).hasMessageContaining("UPOS");
        assertThat(model.recognize(List.of(), null)).isEmpty();
    }

    @Test
    void readsItsOwnBytes() throws IOException {
        byte[] written = bytes(train(3));
        assertThat(bytes(EntityModel.read(new ByteArrayInputStream(written)))).isEqualTo(written);
    }
}
