package dev.saywho.attribution.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever the words, the shipped model answers a well-formed tree and never throws. */
class SyntaxModelRobustnessTest {

    private static SyntaxModel model;

    @BeforeAll
    static void load() {
        model = SyntaxModel.load();
    }

    /** Exactly one root, every head in range, no cycle, every field filled. */
    static void assertWellFormed(List<String> words, Parse parse) {
        assertThat(parse.size()).isEqualTo(words.size());
        int n = parse.size();
        int roots = 0;
        for (int i = 1; i <= n; i++) {
            Parse.Word w = parse.word(i);
            assertThat(w.head()).isBetween(0, n).isNotEqualTo(i);
            assertThat(w.upos()).isIn(Tagger.UPOS);
            assertThat(w.relation()).isNotBlank();
            assertThat(w.lemma()).isNotNull();
            assertThat(w.xpos()).isNotNull();
            assertThat(w.form()).isEqualTo(words.get(i - 1) == null ? "" : words.get(i - 1));
            assertThat(w.relation().equals("root")).isEqualTo(w.head() == 0);
            if (w.head() == 0) {
                roots++;
            }
        }
        if (n > 0) {
            assertThat(roots).isEqualTo(1);
        }
        // every word reaches the root in at most n steps: no cycle
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        depth[0] = 0;
        for (int i = 1; i <= n; i++) {
            int steps = 0;
            int x = i;
            while (x != 0 && steps <= n) {
                x = parse.word(x).head();
                steps++;
            }
            assertThat(x).as("word %d reaches the root", i).isZero();
        }
    }

    private static void check(List<String> words) {
        assertWellFormed(words, model.parse(words));
    }

    @Test
    void randomTokenListsGiveTrees() {
        Random random = new Random(20261201);
        String[] pool = {
            "the",
            "said",
            "Varga",
            ",",
            ".",
            "\"",
            "that",
            "would",
            "’",
            "'s",
            "(",
            ")",
            "--",
            "and",
            "of",
            "bridge",
            "reopen",
            "!",
            "?",
            "told",
            "reporters",
            "according",
            "to",
            "Union",
            "1,200",
            "%"
        };
        for (int round = 0; round < 400; round++) {
            int len = random.nextInt(60);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < len; i++) {
                words.add(
                        switch (random.nextInt(4)) {
                            case 0 -> randomString(random, 1 + random.nextInt(12));
                            default -> pool[random.nextInt(pool.length)];
                        });
            }
            check(words);
        }
    }

    private static String randomString(Random random, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            // any code point, unpaired surrogates and unassigned ones included
            b.appendCodePoint(random.nextInt(0x110000));
        }
        return b.toString();
    }

    @Test
    void everyUnicodeBlockGivesATree() {
        List<String> words = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp += 0x80) {
            words.add(new String(Character.toChars(cp)) + new String(Character.toChars(cp + 0x41)));
            if (words.size() == 200) {
                check(words);
                words.clear();
            }
        }
        check(words);
        check(List.of("\uD800", "\uDFFF", "\u0000", "\uFFFF", "\u200B", "\u00AD"));
    }

    @Test
    void degenerateSentencesGiveTrees() {
        check(List.of());
        check(List.of("."));
        check(List.of("", "", ""));
        check(Arrays.asList("Varga", null, "said"));
        check(Collections.nCopies(500, "."));
        check(List.of("!", "?", ",", ";", ":", "(", ")", "\"", "'", "-", "—", "…", "«", "»", "“", "”"));
    }

    @Test
    void tenThousandWordsGiveATree() {
        Random random = new Random(11);
        String[] pool = {"Varga", "said", "the", "bridge", "would", "reopen", ",", "and", "that", "."};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            words.add(pool[random.nextInt(pool.length)]);
        }
        check(words);
    }

    @Test
    void threadsShareOneModel() throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        Random random = new Random(5);
        String[] pool = {"Varga", "said", "the", "bridge", "would", "reopen", ",", "and", "that", ".", "Union", "’"};
        for (int i = 0; i < 200; i++) {
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(30); k++) {
                words.add(pool[random.nextInt(pool.length)]);
            }
            sentences.add(words);
        }
        List<Parse> expected = sentences.stream().map(model::parse).toList();
        java.util.concurrent.ExecutorService pool4 = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Parse>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(
                        pool4.submit(() -> sentences.stream().map(model::parse).toList()));
            }
            for (java.util.concurrent.Future<List<Parse>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool4.shutdownNow();
        }
    }

    @Test
    void aMegabyteWithoutSpacesGivesATree() {
        String huge = "x".repeat(1 << 20);
        check(List.of(huge));
        check(List.of("Varga", "said", huge, "."));
    }
}
