package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Grain;

/**
 * The questions dashboards ask, answered from the rollups only, each in one statement. A breakdown reads its stored
 * cells and sums them per group here: at a million learners the database's own GROUP BY (a temporary table keyed by
 * the utf8mb4 group value) took 50 of the 70 ms of a five-year cohort breakdown, reading its 36,000 cells took 19. A
 * date range is covered by the longest periods the dimension keeps ({@link Grain}): a five-year breakdown reads about
 * a dozen periods per group instead of sixty months, and the program's series reads months, then days only for the
 * last few months.
 */
public class RollupQueries {
    private final Connection connection;

    public RollupQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Learners who reached {@code measure}, program-wide, as changes of a running count: one per month before the
     * month of {@code daysFrom}, one per day from that month on. The running count is exact on every day from that
     * month on and at the end of every earlier month (days without a change are absent).
     */
    public Map<LocalDate, Long> programCounts(String measure, LocalDate daysFrom) {
        Date monthOfDays = Date.valueOf(daysFrom.withDayOfMonth(1));
        return byDay("SELECT period_start, learners FROM metrics_rollup WHERE dimension = 'all' AND dim_value = 'all' "
                + "AND measure = ? AND ((grain = 'M' AND period_start < ?) OR (grain = 'D' AND period_start >= ?))",
                statement -> {
                    statement.setString(1, measure);
                    statement.setDate(2, monthOfDays);
                    statement.setDate(3, monthOfDays);
                });
    }

    /** Changes of the count of learners active in the trailing {@code windowDays} days. */
    public Map<LocalDate, Long> activeChanges(int windowDays) {
        return byDay("SELECT change_on, learners FROM metrics_active_change WHERE window_days = ?",
                statement -> statement.setInt(1, windowDays));
    }

    /** The number of learners active on {@code day} in each trailing window: window days → learners. */
    public Map<Integer, Long> activeOn(LocalDate day) {
        Map<Integer, Long> active = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT window_days, SUM(learners) "
                + "FROM metrics_active_change WHERE change_on <= ? GROUP BY window_days")) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    active.put(rs.getInt(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read the active-learner counts", e);
        }
        return active;
    }

    /**
     * Learners per dimension value and measure over {@code from}..{@code to} (inclusive): value → measure → count.
     * Dimensions without day rows ({@link Grain#of}) count whole months only: the days of a partial month are left out.
     */
    public Map<String, Map<String, Long>> counts(Dimension dimension, List<String> measures, LocalDate from,
                                                 LocalDate to) {
        List<Run> ranges = runs(Grain.of(dimension), from, to);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        if (ranges.isEmpty() || measures.isEmpty()) {
            return counts;
        }
        StringBuilder sql = new StringBuilder("SELECT dim_value, measure, learners FROM metrics_rollup "
                + "WHERE dimension = ? AND measure IN (")
                .append(String.join(", ", measures.stream().map(m -> "?").toList())).append(") AND (");
        for (int i = 0; i < ranges.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(grain = ? AND period_start BETWEEN ? AND ?)");
        }
        sql.append(")");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int p = 1;
            select.setString(p++, dimension.code());
            for (String measure : measures) {
                select.setString(p++, measure);
            }
            for (Run run : ranges) {
                select.setString(p++, run.grain().code());
                select.setDate(p++, Date.valueOf(run.first()));
                select.setDate(p++, Date.valueOf(run.last()));
            }
            sums(select, measures).forEach((value, sums) -> counts.put(value, byMeasure(measures, sums)));
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read the " + dimension.code() + " rollups", e);
        }
        return counts;
    }

    /** Sums the cells (group, measure, learners) per group into one array per group, in the order of measures. */
    private static Map<String, long[]> sums(PreparedStatement select, List<String> measures) throws SQLException {
        Map<String, Integer> column = new HashMap<>();
        measures.forEach(measure -> column.put(measure, column.size()));
        Map<String, long[]> sums = new HashMap<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                sums.computeIfAbsent(rs.getString(1), value -> new long[measures.size()])
                        [column.get(rs.getString(2))] += rs.getLong(3);
            }
        }
        return sums;
    }

    private static Map<String, Long> byMeasure(List<String> measures, long[] sums) {
        Map<String, Long> row = new HashMap<>();
        for (int i = 0; i < sums.length; i++) {
            row.put(measures.get(i), sums[i]);
        }
        return row;
    }

    /**
     * Covers {@code from}..{@code to} with the longest whole periods of {@code grains} (shortest first), walking
     * forward: a year where one starts and fits, else a quarter, a month, a day. A period that does not fit wholly
     * is left out (without day rows, only whole months count). Consecutive periods of one grain form one run.
     */
    static List<Run> runs(List<Grain> grains, LocalDate from, LocalDate to) {
        List<Run> runs = new ArrayList<>();
        LocalDate cursor = from;
        while (!cursor.isAfter(to)) {
            Grain chosen = null;
            for (Grain grain : grains) {
                if (grain.periodOf(cursor).equals(cursor) && !end(grain, cursor).isAfter(to)) {
                    chosen = grain;
                }
            }
            if (chosen == null) {
                Grain shortest = grains.get(0);
                cursor = end(shortest, shortest.periodOf(cursor)).plusDays(1);
                continue;
            }
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.grain() == chosen) {
                runs.set(runs.size() - 1, new Run(chosen, last.first(), cursor));
            } else {
                runs.add(new Run(chosen, cursor, cursor));
            }
            cursor = end(chosen, cursor).plusDays(1);
        }
        return runs;
    }

    /** Consecutive periods of one grain, by the first days of the first and the last. */
    record Run(Grain grain, LocalDate first, LocalDate last) {
    }

    private static LocalDate end(Grain grain, LocalDate start) {
        return grain == Grain.DAY ? start : start.plusMonths(grain.months()).minusDays(1);
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
