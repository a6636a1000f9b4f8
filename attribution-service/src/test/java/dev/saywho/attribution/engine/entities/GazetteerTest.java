package dev.saywho.attribution.engine.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The gazetteer built from the lexicon files, cut into words as the engine cuts them, and stored as it was built. */
class GazetteerTest {

    @Test
    void readsEveryListItNames() {
        Gazetteer g = Gazetteer.fromLexicons();
        Tokens t =
                new Tokens(Arrays.asList("Mayor", "James", "flew", "to", "New", "York", "City", "and", "Agency"), null);
        int[] c = g.classes(t);
        assertThat(c[0] & Gazetteer.TITLE).isNotZero();
        assertThat(c[1] & Gazetteer.GIVEN_NAME).isNotZero();
        assertThat(c[2]).isZero();
        assertThat(c[4] & Gazetteer.PLACE << Gazetteer.BEGIN).isNotZero();
        assertThat(c[5] & Gazetteer.PLACE << Gazetteer.INSIDE).isNotZero();
        assertThat(c[6] & Gazetteer.PLACE << Gazetteer.INSIDE).isNotZero();
        assertThat(c[8] & Gazetteer.ORGANIZATION_WORD).isNotZero();
        assertThat(g.size()).isGreaterThan(10_000);
    }

    @Test
    void entriesAreCutAsTheEngineCutsWords() {
        assertThat(Gazetteer.split("Winston-Salem")).containsExactly("Winston", "-", "Salem");
        assertThat(Gazetteer.split("Port  Tessaly")).containsExactly("Port", "Tessaly");
        assertThat(Gazetteer.split("-ville")).containsExactly("-ville");
    }

    @Test
    void storedAndReadBackTheSame() throws IOException {
        Gazetteer g = Gazetteer.fromLexicons();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        g.write(new DataOutputStream(bytes));
        Gazetteer read = Gazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read).isEqualTo(g);
        assertThat(read.sha256()).isEqualTo(g.sha256());
    }

    @Test
    void theRecognisersOwnListsSayWhereTheyComeFromAndListEachEntryOnce() {
        for (String file : List.of("entity-given-names.txt", "entity-places.txt")) {
            String text = new String(Gazetteer.bytesOf(file), StandardCharsets.UTF_8);
            assertThat(text).as(file).startsWith("# ").contains("Source");
            Set<String> seen = new HashSet<>();
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(seen.add(line))
                            .as("%s lists %s twice", file, line)
                            .isTrue();
                    assertThat(line).as(file).isEqualTo(line.strip()).doesNotContain("\t");
                }
            }
            assertThat(seen).as(file).hasSizeGreaterThan(1000);
        }
    }
}
