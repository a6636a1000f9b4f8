package dev.saywho.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A quote taken out and put back keeps every column: QuoteRemovals' list is the quote table's, and removed_quote has
 * each of them too (a migration that adds a column to quote must add it to both).
 */
@QuarkusTest
class QuoteRemovalsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theColumnListIsTheQuoteTables() throws SQLException {
        List<String> quote = columns("quote");
        assertThat(QuoteRemovals.QUOTE_COLUMNS).containsExactlyInAnyOrderElementsOf(quote);
        assertThat(columns("removed_quote"))
                .containsAll(quote)
                .contains("removal", "removed_at", "removed_by")
                .hasSize(quote.size() + 3);
    }

    private List<String> columns(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }
}
