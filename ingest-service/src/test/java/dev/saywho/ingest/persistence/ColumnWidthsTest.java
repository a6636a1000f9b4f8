package dev.saywho.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Column;

import org.junit.jupiter.api.Test;

/** The entities declare every bounded column, with the width the applied migrations gave it ({@link ColumnWidths}). */
class ColumnWidthsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(?:VAR)?CHAR\\((\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern ADD_COLUMN =
            Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+) (?:VAR)?CHAR\\((\\d+)\\)");
    private static final Map<String, Class<?>> TABLES = Map.of(
            "article",
            ArticleEntity.class,
            "quote",
            QuoteEntity.class,
            "speaker",
            SpeakerEntity.class,
            "article_removed_text",
            RemovedTextEmbeddable.class,
            "correction",
            CorrectionEntity.class);

    @Test
    void entitiesDeclareEveryBoundedColumnWithItsMigratedWidth() throws IOException {
        Map<String, Integer> migrated = migratedWidths();
        // removed_quote has no entity (QuoteRemovals moves whole rows): its columns are as wide as the quote table's
        Map<String, Integer> removed = new HashMap<>();
        migrated.keySet().removeIf(column -> {
            if (column.startsWith("removed_quote.")) {
                removed.put(column.substring("removed_quote.".length()), migrated.get(column));
                return true;
            }
            return false;
        });
        assertThat(removed).isNotEmpty();
        removed.forEach((column, width) -> assertThat(width)
                .as("removed_quote.%s", column)
                .isEqualTo(migrated.getOrDefault("quote." + column, column.equals("removal") ? 16 : 128)));
        Map<String, Integer> declared = declaredWidths();
        assertThat(migrated).isNotEmpty();
        assertThat(declared).isEqualTo(migrated);
    }

    /** "table.column" to width, over every migration in version order. */
    private static Map<String, Integer> migratedWidths() throws IOException {
        Map<String, Integer> widths = new HashMap<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(ColumnWidthsTest::version))
                    .toList();
        }
        for (Path script : scripts) {
            String sql = Files.readString(script);
            Matcher table = CREATE_TABLE.matcher(sql);
            while (table.find()) {
                Matcher column = COLUMN.matcher(table.group(2));
                while (column.find()) {
                    widths.put(table.group(1) + "." + column.group(1), Integer.parseInt(column.group(2)));
                }
            }
            Matcher added = ADD_COLUMN.matcher(sql);
            while (added.find()) {
                widths.put(added.group(1) + "." + added.group(2), Integer.parseInt(added.group(3)));
            }
        }
        return widths;
    }

    private static Map<String, Integer> declaredWidths() {
        Map<String, Integer> widths = new HashMap<>();
        TABLES.forEach((table, type) -> {
            for (Field field : type.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                boolean text =
                        field.getType() == String.class || field.getType().isEnum();
                // @Column's default length (255) stands for an unbounded VARCHAR here: no migration declares 255.
                if (column != null && text && column.length() != 255) {
                    String name = column.name().isEmpty() ? field.getName() : column.name();
                    widths.put(table + "." + name, column.length());
                }
            }
        });
        return widths;
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
