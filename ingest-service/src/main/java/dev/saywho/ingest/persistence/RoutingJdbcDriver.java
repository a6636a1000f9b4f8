package dev.saywho.ingest.persistence;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * JDBC driver that hands {@code jdbc:h2:} URLs to H2 and every other URL to PostgreSQL.
 *
 * <p>Quarkus fixes the datasource's driver class at build time; routing on the URL lets one packaged jar run on
 * embedded H2 by default and on PostgreSQL when {@code QUARKUS_DATASOURCE_JDBC_URL} points at one.
 */
public final class RoutingJdbcDriver implements Driver {

    private static final String H2_PREFIX = "jdbc:h2:";

    private final Driver h2 = new org.h2.Driver();
    private final Driver postgresql = new org.postgresql.Driver();

    private Driver delegateFor(String url) {
        return url != null && url.startsWith(H2_PREFIX) ? h2 : postgresql;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return delegateFor(url).connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegateFor(url).acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegateFor(url).getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }
}
