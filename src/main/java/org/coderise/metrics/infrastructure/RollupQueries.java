package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Grain;

/**
 * The questions dashboards ask, answered from the rollups only. A date range is split into whole months (read from
 * month rows) and the days at either end (read from day rows), so a five-year range reads about sixty rows per
 * dimension value and measure instead of eighteen hundred.
 */
public class RollupQueries {
    private final Connection connection;

    public RollupQueries(Connection connection) {
        this.connection = connection;
    }

    /** Learners who reached {@code measure} on each day, program-wide (days without any are absent). */
    public Map<LocalDate, Long> dailyCounts(String measure) {
        return byDay("SELECT period_start, learners FROM metrics_rollup WHERE grain = 'D' AND dimension = 'all' "
                + "AND measure = ? AND dim_value = 'all'", statement -> statement.setString(1, measure));
    }

    /** Changes of the count of learners active in the trailing {@code windowDays} days. */
    public Map<LocalDate, Long> activeChanges(int windowDays) {
        return byDay("SELECT change_on, learners FROM metrics_active_change WHERE window_days = ?",
                statement -> statement.setInt(1, windowDays));
    }

    /**
     * Learners per dimension value and measure over {@code from}..{@code to} (inclusive): value → measure → count.
     */
    public Map<String, Map<String, Long>> counts(Dimension dimension, List<String> measures, LocalDate from,
                                                 LocalDate to) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastWholeMonth = to.plusDays(1).withDayOfMonth(1);
        if (firstWholeMonth.isBefore(afterLastWholeMonth)) {
            sum(counts, Grain.MONTH, dimension, measures, firstWholeMonth, afterLastWholeMonth.minusMonths(1));
            sum(counts, Grain.DAY, dimension, measures, from, firstWholeMonth.minusDays(1));
            sum(counts, Grain.DAY, dimension, measures, afterLastWholeMonth, to);
        } else {
            sum(counts, Grain.DAY, dimension, measures, from, to);
        }
        return counts;
    }

    private void sum(Map<String, Map<String, Long>> counts, Grain grain, Dimension dimension, List<String> measures,
                     LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(measures.size(), "?"));
        String sql = "SELECT dim_value, measure, SUM(learners) FROM metrics_rollup WHERE grain = ? AND dimension = ? "
                + "AND measure IN (" + placeholders + ") AND period_start BETWEEN ? AND ? GROUP BY dim_value, measure";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setString(i++, grain.code());
            select.setString(i++, dimension.code());
            for (String measure : measures) {
                select.setString(i++, measure);
            }
            select.setDate(i++, Date.valueOf(from));
            select.setDate(i, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), v -> new HashMap<>())
                            .merge(rs.getString(2), rs.getLong(3), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read the " + dimension.code() + " rollups", e);
        }
    }

    private Map<LocalDate, Long> byDay(String sql, Binder binder) {
        Map<LocalDate, Long> days = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    days.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read a daily series", e);
        }
        return days;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
