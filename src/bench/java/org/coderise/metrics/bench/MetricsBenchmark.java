package org.coderise.metrics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.MetricsReports;
import org.coderise.metrics.application.ProgressReport;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Goal;
import org.coderise.metrics.domain.Measure;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.coderise.metrics.infrastructure.LearnerFactsChange;
import org.coderise.metrics.infrastructure.RollupQueries;
import org.coderise.metrics.infrastructure.RollupRebuild;
import org.flywaydb.core.Flyway;

/**
 * Loads a program of {@code bench.learners} learners (default 1,000,000) into the metrics tables with their rollups
 * (optionally times a rebuild from the facts, {@code bench.rebuild}), times the dashboard's reports against the rollups and the same questions against the raw facts, checks
 * that both give the same numbers, and writes {@code target/bench/metrics.md}.
 * <pre>
 * mvn -q -Pbench test-compile exec:java -Dexec.mainClass=org.coderise.metrics.bench.MetricsBenchmark \
 *     [-Dbench.learners=1000000] [-Dbench.db.url=jdbc:mysql://127.0.0.1:3306/coderise_bench]
 *     [-Dbench.skipLoad=true] [-Dbench.rebuild=true]
 * </pre>
 */
public final class MetricsBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int RUNS = 30;
    private static final int RAW_RUNS = 2;

    private final Connection connection;
    private final List<String> report = new ArrayList<>();

    private MetricsBenchmark(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        int learners = Integer.getInteger("bench.learners", 1_000_000);
        String url = System.getProperty("bench.db.url", "jdbc:h2:file:" + Path.of("target/bench/metrics-h2")
                .toAbsolutePath() + ";MODE=LEGACY;CACHE_SIZE=1048576;OPTIMIZE_REUSE_RESULTS=FALSE");
        Flyway.configure().dataSource(url, "coderise", "coderise").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "coderise", "coderise")) {
            connection.setAutoCommit(false);
            new MetricsBenchmark(connection).run(learners, url, Boolean.getBoolean("bench.skipLoad"));
        }
    }

    private void run(int learners, String url, boolean skipLoad) throws Exception {
        report.add("# Metrics benchmark\n");
        report.add("Database: `" + url.replaceAll(";.*", "") + "`, " + learners + " learners, today = " + TODAY
                + ", JVM " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores.\n");
        report.add("Load average at start: " + loadAverage() + ".\n");
        if (!skipLoad) {
            load(learners);
        }
        if (Boolean.getBoolean("bench.rebuild")) {
            rebuild();
        }
        report.add(tableSizes());
        queries();
        eventPath();
        report.add("\nLoad average at the end: " + loadAverage() + " (the machine is shared: wall-clock figures "
                + "include waiting for a core).");
        Path out = Path.of("target/bench/metrics.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    private void load(int learners) throws SQLException {
        try (Statement clear = connection.createStatement()) {
            for (String table : List.of("metrics_learner", "metrics_learner_course", "metrics_activity",
                    "metrics_rollup", "metrics_active_change")) {
                clear.executeUpdate("DELETE FROM " + table);
            }
        }
        connection.commit();
        long start = System.nanoTime();
        long rows = new ProgramGenerator(TODAY).generate(connection, learners);
        report.add(String.format(Locale.ROOT, "- Generated %,d learner-fact rows and their rollups in %.1f s "
                + "(seed 20301231).", rows, seconds(start)));
    }

    private void rebuild() throws SQLException {
        long start = System.nanoTime();
        long learners = new RollupRebuild(connection).run();
        connection.commit();
        report.add(String.format(Locale.ROOT, "- Rebuilt the rollups from %,d learners in %.1f s.", learners,
                seconds(start)));
    }

    private String tableSizes() throws SQLException {
        StringBuilder sizes = new StringBuilder("- Rows:");
        for (String table : List.of("metrics_learner", "metrics_learner_course", "metrics_activity",
                "metrics_rollup", "metrics_active_change")) {
            try (Statement count = connection.createStatement();
                 var rs = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                sizes.append(String.format(Locale.ROOT, " %s %,d;", table, rs.getLong(1)));
            }
        }
        return sizes + "\n";
    }

    private void queries() throws Exception {
        MetricsReports reports = new MetricsReports(new RollupQueries(connection),
                new Goal(1_000_000, LocalDate.of(2030, 12, 31)), new SmallCellSuppression(10));
        RawQueries raw = new RawQueries(connection);
        DateRange year = new DateRange(TODAY.minusDays(364), TODAY);
        DateRange all = new DateRange(TODAY.minusYears(5), TODAY);
        report.add("| question | rollups p50 ms | rollups p95 ms | raw p50 ms | raw p95 ms | raw / rollups (p50) |");
        report.add("|---|---:|---:|---:|---:|---:|");
        compare("summary (goal, rates, projection, active 7/30)",
                () -> reports.progress(ReachDefinition.ENROLLED_AND_SUBMITTED, TODAY), () -> raw.summary(TODAY));
        compare("funnel, registered in the last 5 years", () -> reports.funnel(all),
                () -> raw.funnel(all.from(), all.to()));
        for (Dimension dimension : List.of(Dimension.COUNTRY, Dimension.PARTNER, Dimension.COHORT, Dimension.AGE_BAND,
                Dimension.GENDER)) {
            String column = dimension == Dimension.AGE_BAND ? "age_band" : dimension.code();
            DateRange months = year.wholeMonths();
            compare("breakdown by " + dimension.code() + ", last 12 months", () -> reports.breakdown(dimension, year),
                    () -> raw.breakdown(column, months.from(), months.to()));
        }
        compare("breakdown by course, last 12 months", () -> reports.breakdown(Dimension.COURSE, year), null);
        report.add("");
        check(reports, raw, year);
    }

    private void compare(String question, Timings.Query rollup, Timings.Query raw) throws Exception {
        Timings fast = Timings.of(5, RUNS, rollup);
        Timings slow = raw == null ? null : Timings.of(1, RAW_RUNS, raw);
        report.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s |", question, fast.percentile(50),
                fast.percentile(95), slow == null ? "–" : String.format(Locale.ROOT, "%.0f", slow.percentile(50)),
                slow == null ? "–" : String.format(Locale.ROOT, "%.0f", slow.percentile(95)),
                slow == null ? "–" : String.format(Locale.ROOT, "%.0f×", slow.percentile(50) / fast.percentile(50))));
        System.out.println(report.get(report.size() - 1));
    }

    /** The rollups must say what the raw facts say: the summary, and every unsuppressed cell of two breakdowns. */
    private void check(MetricsReports reports, RawQueries raw, DateRange year) throws SQLException {
        ProgressReport progress = reports.progress(ReachDefinition.ENROLLED_AND_SUBMITTED, TODAY);
        long[] expected = raw.summary(TODAY);
        boolean same = progress.progress().current() == expected[0]
                && progress.active7().value() == expected[3] && progress.active30().value() == expected[4];
        for (Dimension dimension : List.of(Dimension.COUNTRY, Dimension.COHORT)) {
            Breakdown breakdown = reports.breakdown(dimension, year);
            Map<String, long[]> rows = raw.breakdown(dimension.code(), breakdown.range().from(), breakdown.range().to());
            for (int i = 0; i < breakdown.table().rows().size(); i++) {
                long[] rawRow = rows.get(breakdown.table().rows().get(i));
                for (int j = 0; j < breakdown.table().columns().size(); j++) {
                    same &= rawRow != null && breakdown.table().cells()[i][j].value() == rawRow[j];
                }
            }
        }
        report.add("Rollups equal the raw recount (summary, active counts, country and cohort breakdowns): **"
                + (same ? "yes" : "NO") + "**; reached today " + Arrays.toString(expected) + ".\n");
    }

    /** The cost of keeping rollups as events happen: changes to existing learners, one transaction each. */
    private void eventPath() throws SQLException {
        LearnerFactsChange change = new LearnerFactsChange(connection);
        int events = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            long learner = 1 + (i * 7919L) % 100_000;
            LocalDate day = TODAY.minusDays(i % 30);
            change.apply(learner, facts -> facts.reached("course-bench", Measure.ENROLLED, day).activeOn(day));
            connection.commit();
        }
        double seconds = seconds(start);
        connection.rollback();
        report.add(String.format(Locale.ROOT, "- Event path: %,d enrollments applied (facts + rollups, one "
                + "transaction each) in %.1f s = %.0f events/s on one connection.", events, seconds, events / seconds));
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "unknown";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
