package dev.saywho.ingest.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** The database product behind the datasource, detected at run time from the connection metadata. */
public enum DatabaseVendor {
    POSTGRESQL("postgresql"),
    H2("h2");

    private final String migrationFolder;

    DatabaseVendor(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Folder under {@code db/migration} holding this vendor's own migrations. */
    public String migrationFolder() {
        return migrationFolder;
    }

    /** Asks the database behind {@code dataSource} what it is. */
    public static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    static DatabaseVendor fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database: " + productName);
    }
}
