package org.coderise.shared.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain {@link DataSource} that picks the JDBC driver from the URL, so the same WAR runs on the embedded H2 database
 * and on MySQL/MariaDB with nothing but {@code CODERISE_DB_URL} changed. Payara pools the connections it makes.
 */
public class SwitchingDataSource implements DataSource {
    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (pass != null) {
            props.setProperty("password", pass);
        }
        try {
            Connection connection = driverFor(url).connect(url, props);
            if (connection == null) {
                throw new SQLException("No JDBC driver accepts the database URL " + url);
            }
            return connection;
        } catch (SQLException e) {
            String reason = "cannot connect to the database " + url + " as user " + username + ": " + e.getMessage()
                    + ". Check that it is running and reachable, and check CODERISE_DB_URL, CODERISE_DB_USER and "
                    + "CODERISE_DB_PASSWORD.";
            StartupGuard.cannotStart(reason, e);
            throw new SQLException("CodeRise " + reason, e.getSQLState(), e);
        }
    }

    private static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (CODERISE_DB_URL)");
        }
        if (url.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return new com.mysql.cj.jdbc.Driver();
        }
        throw new SQLException("Unsupported database URL " + url + ": use jdbc:h2: or jdbc:mysql:");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Drivers log through java.util.logging; nothing to keep.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
