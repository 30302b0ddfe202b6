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

    /** Per learner, the first enrollment and the first course completed, from learning's enrollments. */
    private static final String ENROLLMENTS = "(SELECT learner_id, MIN(enrolled_at) e, MIN(completed_at) c "
            + "FROM learning_enrollment GROUP BY learner_id)";
    /** Per learner, the first graded and the first accepted submission, from grading's submissions. */
    private static final String SUBMISSIONS = "(SELECT learner_id, MIN(received_at) s, "
            + "MIN(CASE WHEN verdict = 'ACCEPTED' THEN received_at END) p FROM grading_submission "
            + "WHERE status = 'GRADED' GROUP BY learner_id)";

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

    /**
     * Learners active in the trailing 30 days today, 30 and 90 days ago (the reach of "active in 30 days"), and active
     * in the last 7 and 30 days: distinct learners over the activity days themselves.
     */
    long[] activeSummary(LocalDate today) throws SQLException {
        String active = "SELECT COUNT(DISTINCT learner_id) FROM metrics_activity WHERE active_on BETWEEN ? AND ?";
        long[] figures = new long[5];
        int i = 0;
        for (LocalDate day : List.of(today, today.minusDays(30), today.minusDays(90))) {
            figures[i++] = longs(active, day.minusDays(29), day)[0];
        }
        figures[3] = longs(active, today.minusDays(6), today)[0];
        figures[4] = figures[0];
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
        return grouped(sql, 7, from, to);
    }

    /**
     * Per course, learners who enrolled, were reached (enrolled and submitted), passed, finished a module, the course
     * and got its certificate from {@code from} to {@code to}: a learner counts once per course.
     */
    Map<String, long[]> courseBreakdown(LocalDate from, LocalDate to) throws SQLException {
        String between = " BETWEEN ? AND ? THEN 1 ELSE 0 END)";
        String sql = "SELECT course_id, SUM(CASE WHEN enrolled_on" + between
                + ", SUM(CASE WHEN submitted_on IS NOT NULL AND (CASE WHEN enrolled_on > submitted_on THEN enrolled_on "
                + "ELSE submitted_on END)" + between + ", SUM(CASE WHEN passed_on" + between
                + ", SUM(CASE WHEN module_on" + between + ", SUM(CASE WHEN completed_on" + between
                + ", SUM(CASE WHEN certified_on" + between + " FROM metrics_learner_course GROUP BY course_id";
        return grouped(sql, 6, from, to);
    }

    /**
     * From the source tables (identity's accounts, learning's enrollments, grading's submissions): learners reached
     * (enrolled and had a graded submission) by today, 30 and 90 days ago, and active (registered, enrolled or
     * submitted) in the last 7 and 30 days.
     */
    long[] sourceSummary(LocalDate today) throws SQLException {
        String reached = "SELECT SUM(CASE WHEN r < ? THEN 1 ELSE 0 END), SUM(CASE WHEN r < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r < ? THEN 1 ELSE 0 END) FROM (SELECT CASE WHEN en.e > g.s THEN en.e ELSE g.s END r "
                + "FROM " + ENROLLMENTS + " en JOIN " + SUBMISSIONS + " g ON g.learner_id = en.learner_id) t";
        long[] figures = new long[5];
        long[] counts = longs(reached, today.plusDays(1), today.minusDays(29), today.minusDays(89));
        System.arraycopy(counts, 0, figures, 0, 3);
        String active = "SELECT COUNT(DISTINCT learner_id) FROM (SELECT learner_id FROM grading_submission "
                + "WHERE status = 'GRADED' AND received_at >= ? UNION ALL SELECT learner_id FROM learning_enrollment "
                + "WHERE enrolled_at >= ? UNION ALL SELECT id FROM accounts WHERE created_at >= ?) t";
        LocalDate week = today.minusDays(6);
        LocalDate month = today.minusDays(29);
        figures[3] = longs(active, week, week, week)[0];
        figures[4] = longs(active, month, month, month)[0];
        return figures;
    }

    /**
     * From the source tables, learners per group of {@code dimension} (a code of the API) who registered, enrolled,
     * were reached, passed and completed a course from {@code from} to {@code to}: the breakdown's columns except
     * module and certificate, which the generator does not write source rows for.
     */
    Map<String, long[]> sourceBreakdown(String dimension, LocalDate from, LocalDate to) throws SQLException {
        String group = switch (dimension) {
            case "country" -> "a.country_code";
            case "partner" -> "a.partner_id";
            case "cohort" -> "cm.cohort_id";
            case "age-band" -> "a.age_band";
            case "gender" -> "CASE WHEN a.demographics_consent THEN LOWER(TRIM(a.gender_self_description)) END";
            default -> throw new IllegalArgumentException(dimension);
        };
        String between = " >= ? AND ";
        String sql = "SELECT " + group + ", SUM(CASE WHEN a.created_at" + between + "a.created_at < ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN en.e" + between + "en.e < ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN en.e IS NOT NULL AND g.s IS NOT NULL AND (CASE WHEN en.e > g.s THEN en.e ELSE g.s END)"
                + between + "(CASE WHEN en.e > g.s THEN en.e ELSE g.s END) < ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN g.p" + between + "g.p < ? THEN 1 ELSE 0 END)"
                + ", SUM(CASE WHEN en.c" + between + "en.c < ? THEN 1 ELSE 0 END)"
                + " FROM accounts a" + ("cohort".equals(dimension) ? " LEFT JOIN cohort_members cm ON cm.account_id = a.id"
                : "") + " LEFT JOIN " + ENROLLMENTS + " en ON en.learner_id = a.id LEFT JOIN " + SUBMISSIONS
                + " g ON g.learner_id = a.id GROUP BY " + group;
        return grouped(sql, 5, from, to.plusDays(1));
    }

    /**
     * Runs a grouped count whose {@code columns} counts each take the pair ({@code from}, {@code to}): group → counts,
     * groups without a value merged as "unknown".
     */
    private Map<String, long[]> grouped(String sql, int columns, LocalDate from, LocalDate to) throws SQLException {
        Map<String, long[]> rows = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns; i++) {
                select.setDate(2 * i + 1, Date.valueOf(from));
                select.setDate(2 * i + 2, Date.valueOf(to));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[columns];
                    for (int i = 0; i < columns; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    rows.merge(rs.getString(1) == null ? "unknown" : rs.getString(1), counts, RawQueries::plus);
                }
            }
        }
        return rows;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
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
