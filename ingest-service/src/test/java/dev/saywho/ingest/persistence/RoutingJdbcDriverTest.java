package dev.saywho.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RoutingJdbcDriverTest {

    private final RoutingJdbcDriver driver = new RoutingJdbcDriver();

    @Test
    void routesH2UrlsToH2AndOthersToPostgresql() throws SQLException {
        assertThat(driver.acceptsURL("jdbc:h2:mem:routing")).isTrue();
        assertThat(driver.acceptsURL("jdbc:postgresql://127.0.0.1:5432/saywho")).isTrue();
        assertThat(driver.acceptsURL("jdbc:mysql://127.0.0.1/saywho")).isFalse();
        try (Connection connection = driver.connect("jdbc:h2:mem:routing", new Properties())) {
            assertThat(DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName()))
                    .isEqualTo(DatabaseVendor.H2);
        }
    }

    @Test
    void recognizesTheSupportedProducts() {
        assertThat(DatabaseVendor.fromProductName("PostgreSQL")).isEqualTo(DatabaseVendor.POSTGRESQL);
        assertThat(DatabaseVendor.fromProductName("H2")).isEqualTo(DatabaseVendor.H2);
    }
}
