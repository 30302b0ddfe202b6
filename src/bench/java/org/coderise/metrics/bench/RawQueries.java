package org.coderise.metrics.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline: the dashboard's questions answered by scanning the learner facts themselves, as a dashboard without
 * rollups would. Also the oracle the benchmark checks the rollups against.
 */
final class RawQueries {
    /** Per learner, the first day of each milestone over all their courses. */
    private static final String FIRSTS = "(SELECT learner_id, MIN(enrolled_on) e, MIN(submitted_on) s, "
            + "MIN(passed_on) p, MIN(module_on) m, MIN(completed_on) c, MIN(certified_on) x "
            + "FROM metrics_learner_course GROUP BY learner_id)";

    private final Connection connection;

    RawQueries(Connection connection) {
        this.connection = connection;
    }

    /** Learners reached (enrolled and submitted) by today, 30 and 90 days ago, and active in the last 7 and 30 days. */
    long[] summary(LocalDate today) throws SQLException {
        String reached = "SELECT SUM(CASE WHEN r <= ? THEN 1 ELSE 0 END), SUM(CASE WHEN r <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r <= ? THEN 1 ELSE 0 END) FROM (SELECT CASE WHEN e > s THEN e ELSE s END r FROM "
                + FIRSTS + " f WHERE e IS NOT NULL AND s IS NOT NULL) t";
        long[] figures = new long[5];
        long[] counts = longs(reached, today, today.minusDays(30), today.minusDays(90));
        System.arraycopy(counts, 0, figures, 0, 3);
        String active = "SELECT COUNT(DISTINCT learner_id) FROM metrics_activity WHERE active_on BETWEEN ? AND ?";
        figures[3] = longs(active, today.minusDays(6), today)[0];
        figures[4] = longs(active, today.minusDays(29), today)[0];
        return figures;
    }

    /** Funnel counts of learners registered from {@code from} to {@code to}. */
    long[] funnel(LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(CASE WHEN e IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e IS NOT NULL AND p IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e IS NOT NULL AND p IS NOT NULL AND m IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e IS NOT NULL AND p IS NOT NULL AND m IS NOT NULL AND c IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e IS NOT NULL AND p IS NOT NULL AND m IS NOT NULL AND c IS NOT NULL "
                + "AND x IS NOT NULL THEN 1 ELSE 0 END) "
                + "FROM metrics_learner l LEFT JOIN " + FIRSTS + " f ON f.learner_id = l.learner_id "
                + "WHERE l.registered_on BETWEEN ? AND ?";
        return longs(sql, from, to);
    }

    /**
     * Learners per value of a learner column ({@code country}, {@code cohort}…) who first registered, enrolled,
     * reached, passed, finished a module, a course, got a certificate from {@code from} to {@code to}.
     */
    Map<String, long[]> breakdown(String column, LocalDate from, LocalDate to) throws SQLException {
        String between = " BETWEEN ? AND ? THEN 1 ELSE 0 END)";
        String sql = "SELECT l." + column + ", SUM(CASE WHEN l.registered_on" + between
                + ", SUM(CASE WHEN f.e" + between
                + ", SUM(CASE WHEN f.e IS NOT NULL AND f.s IS NOT NULL AND (CASE WHEN f.e > f.s THEN f.e ELSE f.s END)"
                + between + ", SUM(CASE WHEN f.p" + between + ", SUM(CASE WHEN f.m" + between
                + ", SUM(CASE WHEN f.c" + between + ", SUM(CASE WHEN f.x" + between
                + " FROM metrics_learner l LEFT JOIN " + FIRSTS + " f ON f.learner_id = l.learner_id GROUP BY l." + column;
        Map<String, long[]> rows = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < 7; i++) {
                select.setDate(2 * i + 1, Date.valueOf(from));
                select.setDate(2 * i + 2, Date.valueOf(to));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[7];
                    for (int i = 0; i < 7; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    rows.put(rs.getString(1), counts);
                }
            }
        }
        return rows;
    }

    private long[] longs(String sql, LocalDate... days) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                select.setDate(i + 1, Date.valueOf(days[i]));
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                List<Long> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getLong(i));
                }
                return values.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }
}
