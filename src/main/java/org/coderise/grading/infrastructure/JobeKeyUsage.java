package org.coderise.grading.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.coderise.shared.infrastructure.DatabaseConfiguration;
import org.coderise.shared.infrastructure.DatabaseUnavailableException;

/**
 * Counts Jobe runs per API key and clock hour in the database, so the quota holds across all web nodes. One row per
 * key and hour; counting is an UPDATE (or the INSERT that creates the row), each in its own short transaction.
 */
@ApplicationScoped
public class JobeKeyUsage {
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;
    private Clock clock = Clock.systemUTC();

    protected JobeKeyUsage() {
    }

    public JobeKeyUsage(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Counts one more run of the key in the current hour and returns the hour's count, this one included. */
    public int countRun(String key) {
        String hash = sha256(key);
        Timestamp hour = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (increment(connection, hash, hour) == 0 && !created(connection, hash, hour)) {
                increment(connection, hash, hour);
            }
            return runs(connection, hash, hour);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Cannot count Jobe runs", e);
        }
    }

    /** Seconds until the quotas reset. */
    public long secondsToNextHour() {
        Instant now = clock.instant();
        return Math.max(1, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS).getEpochSecond()
                - now.getEpochSecond());
    }

    private static int increment(Connection connection, String hash, Timestamp hour) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE grading_jobe_key_usage SET runs = runs + 1 WHERE key_hash = ? AND hour_start = ?")) {
            update.setString(1, hash);
            update.setTimestamp(2, hour);
            return update.executeUpdate();
        }
    }

    /** False when another node created the row first; the caller then increments that one. */
    private static boolean created(Connection connection, String hash, Timestamp hour) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO grading_jobe_key_usage (key_hash, hour_start, runs) VALUES (?, ?, 1)")) {
            insert.setString(1, hash);
            insert.setTimestamp(2, hour);
            insert.executeUpdate();
            deleteOlderThanADay(connection, hour);
            return true;
        } catch (SQLIntegrityConstraintViolationException alreadyThere) {
            return false;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    private static void deleteOlderThanADay(Connection connection, Timestamp hour) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM grading_jobe_key_usage WHERE hour_start < ?")) {
            delete.setTimestamp(1, Timestamp.from(hour.toInstant().minus(1, ChronoUnit.DAYS)));
            delete.executeUpdate();
        }
    }

    private static int runs(Connection connection, String hash, Timestamp hour) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT runs FROM grading_jobe_key_usage WHERE key_hash = ? AND hour_start = ?")) {
            select.setString(1, hash);
            select.setTimestamp(2, hour);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }
}
