package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odd input gives answers, not exceptions; input that cannot be right is refused with a message. */
class CorefRobustnessTest {

    private static CorefModel model;

    @BeforeAll
    static void load() {
        model = CorefModel.load();
    }

    private static CorefSentence words(String... words) {
        int n = words.length;
        List<Integer> heads = new ArrayList<>(Collections.nCopies(n, 1));
        heads.set(0, 0);
        return new CorefSentence(
                List.of(words), Collections.nCopies(n, "X"), null, heads, Collections.nCopies(n, "dep"));
    }

    @Test
    void emptyInput() {
        CorefInput empty = new CorefInput(List.of(), List.of());
        assertThat(model.antecedents(empty)).isEmpty();
        CorefInput noMentions = new CorefInput(List.of(words("Nothing", "here", ".")), List.of());
        assertThat(model.antecedents(noMentions)).isEmpty();
    }

    @Test
    void noCandidates() {
        CorefInput in = new CorefInput(
                List.of(words("He", "spoke", ".")), List.of(Mention.of(0, 0, 1, 0, MentionKind.PRONOUN)));
        assertThat(model.candidates(in, 0)).isEmpty();
        Ranking r = model.rank(in, 0, List.of());
        assertThat(r.none()).isEqualTo(1.0);
        assertThat(r.best()).isEmpty();
        assertThat(model.antecedents(in)).containsExactly(-1);
    }

    @Test
    void hugeDistancesAndManyMentions() {
        List<CorefSentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < 2000; s++) {
            sentences.add(words("Ilse", "Varga", "and", "the", "mill", "met", "."));
            mentions.add(Mention.of(s, 0, 2, 1, MentionKind.NAME));
            mentions.add(Mention.of(s, 3, 5, 4, MentionKind.NOMINAL));
        }
        sentences.add(words("She", "said", "it", "closed", "."));
        mentions.add(Mention.of(2000, 0, 1, 0, MentionKind.PRONOUN));
        mentions.add(Mention.of(2000, 2, 3, 2, MentionKind.PRONOUN));
        CorefInput in = new CorefInput(sentences, mentions);
        int she = mentions.size() - 2;
        assertThat(model.candidates(in, she))
                .as("three sentences back")
                .hasSize(6)
                .allMatch(m -> mentions.get(m).sentence() >= 1997);
        Ranking far = model.rank(in, she, List.of(0, 1));
        assertThat(far.scores()).hasSize(2).allMatch(p -> p >= 0 && p <= 1);
        int[] antecedents = model.antecedents(in);
        assertThat(antecedents).hasSize(mentions.size());
    }

    @Test
    void candidatesAreCapped() {
        List<String> words = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("Varga");
            mentions.add(Mention.of(0, i, i + 1, i, MentionKind.NAME));
        }
        words.add("the");
        words.add("mill");
        mentions.add(Mention.of(0, 500, 502, 501, MentionKind.NOMINAL));
        CorefInput in = new CorefInput(List.of(words(words.toArray(String[]::new))), mentions);
        assertThat(model.candidates(in, 500)).hasSize(CorefModel.MAX_CANDIDATES).startsWith(499, 498);
        assertThat(model.antecedents(in)[500]).isGreaterThanOrEqualTo(-1);
    }

    @Test
    void oddWords() {
        CorefInput in = new CorefInput(
                List.of(words("", "\u201C", "x"), words("its", "\u201D", "")),
                List.of(Mention.of(0, 0, 1, 0, MentionKind.NAME), Mention.of(1, 0, 1, 0, MentionKind.PRONOUN)));
        assertThat(model.antecedents(in)).hasSize(2);
    }

    @Test
    void refusesWhatCannotBeRight() {
        CorefInput in = new CorefInput(
                List.of(words("He", "spoke", ".")), List.of(Mention.of(0, 0, 1, 0, MentionKind.PRONOUN)));
        assertThatThrownBy(() -> model.rank(in, 3, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no mention 3");
        assertThatThrownBy(() -> model.rank(in, 0, List.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CorefInput(in.sentences(), List.of(Mention.of(1, 0, 1, 0, MentionKind.NAME))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> Mention.of(0, 2, 1, 1, MentionKind.NAME)).isInstanceOf(IllegalArgumentException.class);
    }
}
