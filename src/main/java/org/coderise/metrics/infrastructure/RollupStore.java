package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import org.coderise.metrics.domain.ActiveKey;
import org.coderise.metrics.domain.Contributions;
import org.coderise.metrics.domain.RollupKey;

/**
 * Writes {@code metrics_rollup} and {@code metrics_active_change}: adds a learner's changes as events happen, or
 * replaces everything after a rebuild. Changes are applied in key order so concurrent events lock rows in the same
 * order and do not deadlock each other.
 */
public class RollupStore {
    private static final Comparator<RollupKey> ROLLUP_ORDER = Comparator
            .comparing((RollupKey k) -> k.grain().code()).thenComparing(k -> k.dimension().code())
            .thenComparing(RollupKey::day).thenComparing(RollupKey::value).thenComparing(RollupKey::measure);
    private static final Comparator<ActiveKey> ACTIVE_ORDER = Comparator
            .comparingInt(ActiveKey::windowDays).thenComparing(ActiveKey::day);
    private static final String UPDATE_ROLLUP = "UPDATE metrics_rollup SET learners = learners + ? "
            + "WHERE grain = ? AND dimension = ? AND measure = ? AND period_start = ? AND dim_value = ?";
    private static final String INSERT_ROLLUP = "INSERT INTO metrics_rollup "
            + "(learners, grain, dimension, measure, period_start, dim_value) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ACTIVE = "UPDATE metrics_active_change SET learners = learners + ? "
            + "WHERE window_days = ? AND change_on = ?";
    private static final String INSERT_ACTIVE = "INSERT INTO metrics_active_change (learners, window_days, change_on) "
            + "VALUES (?, ?, ?)";

    private final Connection connection;

    public RollupStore(Connection connection) {
        this.connection = connection;
    }

    /** Adds {@code changes} to the stored counts, creating the rows that do not exist yet. */
    public void add(Contributions changes) {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ROLLUP);
             PreparedStatement insert = connection.prepareStatement(INSERT_ROLLUP)) {
            for (RollupKey key : changes.rollups().keySet().stream().sorted(ROLLUP_ORDER).toList()) {
                bindRollup(update, key, changes.rollups().get(key));
                if (update.executeUpdate() == 0) {
                    bindRollup(insert, key, changes.rollups().get(key));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot add to the rollups", e);
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ACTIVE);
             PreparedStatement insert = connection.prepareStatement(INSERT_ACTIVE)) {
            for (ActiveKey key : changes.active().keySet().stream().sorted(ACTIVE_ORDER).toList()) {
                bindActive(update, key, changes.active().get(key));
                if (update.executeUpdate() == 0) {
                    bindActive(insert, key, changes.active().get(key));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot add to the active-learner counts", e);
        }
    }

    /** Replaces every stored count by these totals (zero totals are not stored). */
    public void replaceAll(Map<RollupKey, Long> rollups, Map<ActiveKey, Long> active) {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM metrics_rollup");
            delete.executeUpdate("DELETE FROM metrics_active_change");
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot clear the rollups", e);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROLLUP)) {
            int pending = 0;
            for (Map.Entry<RollupKey, Long> total : rollups.entrySet()) {
                if (total.getValue() != 0) {
                    bindRollup(insert, total.getKey(), total.getValue());
                    insert.addBatch();
                    pending = flushEvery(insert, ++pending);
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot write the rebuilt rollups", e);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACTIVE)) {
            for (Map.Entry<ActiveKey, Long> total : active.entrySet()) {
                if (total.getValue() != 0) {
                    bindActive(insert, total.getKey(), total.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot write the rebuilt active-learner counts", e);
        }
    }

    private static int flushEvery(PreparedStatement batch, int pending) throws SQLException {
        if (pending < 1_000) {
            return pending;
        }
        batch.executeBatch();
        return 0;
    }

    private static void bindRollup(PreparedStatement statement, RollupKey key, long learners) throws SQLException {
        statement.setLong(1, learners);
        statement.setString(2, key.grain().code());
        statement.setString(3, key.dimension().code());
        statement.setString(4, key.measure());
        statement.setDate(5, Date.valueOf(key.day()));
        statement.setString(6, key.value());
    }

    private static void bindActive(PreparedStatement statement, ActiveKey key, long learners) throws SQLException {
        statement.setLong(1, learners);
        statement.setInt(2, key.windowDays());
        statement.setDate(3, Date.valueOf(key.day()));
    }
}
