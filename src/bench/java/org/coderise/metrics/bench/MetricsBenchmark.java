package org.coderise.metrics.bench;

import java.io.IOException;
import java.io.StringWriter;
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
import java.util.regex.Pattern;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.MetricsCsv;
import org.coderise.metrics.application.MetricsReports;
import org.coderise.metrics.application.ProgressReport;
import org.coderise.metrics.domain.Cell;
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
 * Generates a program of {@code bench.learners} learners (default 1,000,000: about 3 million enrollments and 20
 * million graded submissions), loads it, builds the rollups from the learner facts with the production rebuild
 * ({@link RollupRebuild}), times every dashboard and API question through the production {@link MetricsReports} and
 * the same questions answered from the raw tables (metrics' learner facts, and for the summary and two breakdowns the
 * source tables: accounts, enrollments, submissions), checks that all give the same numbers, and writes
 * {@code target/bench/metrics-DB-LEARNERS.md}.
 * <pre>
 * mvn -q -Pbench test-compile exec:java -Dexec.mainClass=org.coderise.metrics.bench.MetricsBenchmark \
 *     [-Dbench.learners=1000000] [-Dbench.db.url=jdbc:mysql://127.0.0.1:3306/coderise_bench]
 *     [-Dbench.skipLoad=true [-Dbench.rebuild=true]] [-Dbench.runs=200] [-Dbench.rawRuns=3] [-Dbench.raw=false]
 *     [-Dbench.rawWarmups=1] [-Dbench.check=false] [-Dbench.only=REGEX]
 *     [-Dbench.events=5000] [-Dbench.label=-SUFFIX]
 * </pre>
 */
public final class MetricsBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int RAW_RUNS = Integer.getInteger("bench.rawRuns", 3);
    /** {@code -Dbench.raw=false} times the rollups only and skips the raw recount (minutes per question at 1M). */
    private static final boolean RAW = Boolean.parseBoolean(System.getProperty("bench.raw", "true"));
    private static final int RAW_WARMUPS = Integer.getInteger("bench.rawWarmups", 1);
    /** {@code -Dbench.only=REGEX} times only the questions whose name contains a match. */
    private static final Pattern ONLY = Pattern.compile(System.getProperty("bench.only", ""));
    private static final List<String> FACT_TABLES = List.of("metrics_learner", "metrics_learner_course",
            "metrics_activity", "metrics_rollup", "metrics_active_change");

    private final Connection connection;
    private final List<String> report = new ArrayList<>();

    private MetricsBenchmark(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        int learners = Integer.getInteger("bench.learners", 1_000_000);
        String url = System.getProperty("bench.db.url", "jdbc:h2:file:" + Path.of("target/bench/metrics-h2")
                .toAbsolutePath() + ";MODE=LEGACY;CACHE_SIZE=1048576;OPTIMIZE_REUSE_RESULTS=FALSE");
        if (url.startsWith("jdbc:mysql:") && !url.contains("allowLoadLocalInfile")) {
            url += (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true&rewriteBatchedStatements=true";
        }
        // Out of order: a bench database loaded by an earlier checkout still takes migrations that landed after it.
        Flyway.configure().dataSource(url, "coderise", "coderise").locations("classpath:db/migration").outOfOrder(true)
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "coderise", "coderise")) {
            connection.setAutoCommit(false);
            new MetricsBenchmark(connection).run(learners, url, Boolean.getBoolean("bench.skipLoad"));
        }
    }

    private void run(int learners, String url, boolean skipLoad) throws Exception {
        String database = connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
        report.add("# Metrics benchmark\n");
        report.add("Database: " + database + " at `" + url.replaceAll("[;?].*", "") + "`, " + learners
                + " learners, today = " + TODAY + ", JVM " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + cpu() + ".\n");
        report.add("Load average at start: " + loadAverage() + ".\n");
        long start = System.nanoTime();
        if (!skipLoad) {
            load(learners);
        }
        if (!skipLoad || Boolean.getBoolean("bench.rebuild")) {
            rebuild();
            report.add(String.format(Locale.ROOT, "- **Generator run time: %.1f min** (files, load, rebuild).\n",
                    seconds(start) / 60));
        }
        report.add(tableSizes());
        queries();
        report.add("\nLoad average at the end of the queries: " + loadAverage() + " (the machine is shared: wall-clock "
                + "figures include waiting for a core).\n");
        eventPath();
        String name = database.toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb"
                : database.split(" ")[0].toLowerCase(Locale.ROOT);
        Path out = Path.of("target/bench/metrics-" + name + "-" + learners + System.getProperty("bench.label", "")
                + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    /** Generates the program's files and loads them. */
    private void load(int learners) throws Exception {
        Path dir = Path.of(System.getProperty("bench.data", "target/bench/data"));
        long start = System.nanoTime();
        Map<String, Long> rows = new ProgramGenerator(TODAY).generate(dir, learners);
        double generated = seconds(start);
        long loadStart = System.nanoTime();
        new BulkLoader(connection).load(dir, ProgramGenerator.TABLES);
        report.add(String.format(Locale.ROOT, "- Generator (seed %d): %.0f s writing the files, %.0f s loading them "
                + "(indexes included). Rows generated: %s.", ProgramGenerator.SEED, generated, seconds(loadStart), rows));
    }

    /** Builds the rollups from the learner facts with the production rebuild, in one transaction. */
    private void rebuild() {
        long start = System.nanoTime();
        long learners = new RollupRebuild(connection).run();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        report.add(String.format(Locale.ROOT, "- Rollups rebuilt from the facts of %,d learners by the production "
                + "`RollupRebuild` in %.0f s.", learners, seconds(start)));
    }

    private String tableSizes() throws SQLException {
        StringBuilder sizes = new StringBuilder("- Rows:");
        List<String> tables = new ArrayList<>(ProgramGenerator.TABLES.keySet());
        tables.addAll(FACT_TABLES.subList(3, FACT_TABLES.size()));
        for (String table : tables) {
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
        DateRange months = year.wholeMonths();
        report.add(String.format(Locale.ROOT, "Rollups: %d timed runs after 10 warm-ups, production `MetricsReports` "
                + "(what the page and the API call). Raw: %d timed runs after %d warm-up(s); *facts* = the same question "
                + "over metrics' learner facts, *sources* = over accounts, enrollments and the graded submissions. "
                + "Milliseconds, wall clock.\n", RUNS, RAW_RUNS, RAW_WARMUPS));
        report.add("| question | rollups p50 | p95 | p99 | raw facts p50 | p95 | facts / rollups (p50) "
                + "| raw sources p50 | p95 | sources / rollups (p50) |");
        report.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        compare("summary: goal, run-rates, projection, active 7/30 (`/summary`, page header)",
                () -> reports.progress(ReachDefinition.ENROLLED_AND_SUBMITTED, TODAY), () -> raw.summary(TODAY),
                () -> raw.sourceSummary(TODAY));
        compare("summary, reach = active in 30 days", () -> reports.progress(ReachDefinition.ACTIVE_30_DAYS, TODAY),
                () -> raw.activeSummary(TODAY), null);
        compare("months CSV (summary + CSV)", () -> MetricsCsv.months(reports.progress(
                ReachDefinition.ENROLLED_AND_SUBMITTED, TODAY), 10, new StringWriter()),
                () -> raw.summary(TODAY), null);
        compare("funnel, registered in the last 5 years", () -> reports.funnel(all),
                () -> raw.funnel(all.from(), all.to()), null);
        compare("funnel, last 12 months", () -> reports.funnel(year), () -> raw.funnel(year.from(), year.to()), null);
        for (Dimension dimension : Dimension.breakdowns()) {
            for (DateRange range : List.of(year, all)) {
                DateRange counted = range.wholeMonths();
                boolean sources = dimension != Dimension.COURSE && range == year;
                compare("breakdown by " + dimension.code() + (range == year ? ", last 12 months" : ", 5 years"),
                        () -> reports.breakdown(dimension, range), () -> rawBreakdown(raw, dimension, counted),
                        sources ? () -> raw.sourceBreakdown(dimension.code(), counted.from(), counted.to()) : null);
            }
        }
        // Names come from identity at display time; the bench has only metrics, so the CSV carries the ids.
        compare("breakdown CSV by cohort, last 12 months (ids, no name lookup)", () -> MetricsCsv.breakdown(
                reports.breakdown(Dimension.COHORT, year), Map.of(), new StringWriter()),
                () -> raw.breakdown(Dimension.COHORT.code(), months.from(), months.to()), null);
        report.add("");
        if (RAW && Boolean.parseBoolean(System.getProperty("bench.check", "true"))) {
            check(reports, raw, year);
        }
    }

    private static Map<String, long[]> rawBreakdown(RawQueries raw, Dimension dimension, DateRange range)
            throws SQLException {
        return dimension == Dimension.COURSE ? raw.courseBreakdown(range.from(), range.to()) : raw.breakdown(
                dimension == Dimension.AGE_BAND ? "age_band" : dimension.code(), range.from(), range.to());
    }

    private void compare(String question, Timings.Query rollup, Timings.Query facts, Timings.Query sources)
            throws Exception {
        if (!ONLY.matcher(question).find()) {
            return;
        }
        Timings fast = Timings.of(10, RUNS, rollup);
        Timings slow = facts == null || !RAW ? null : Timings.of(RAW_WARMUPS, RAW_RUNS, facts);
        Timings slowest = sources == null || !RAW ? null : Timings.of(RAW_WARMUPS, RAW_RUNS, sources);
        report.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %s |", question, fast.percentile(50),
                fast.percentile(95), fast.percentile(99), raw(slow, fast), raw(slowest, fast)));
        System.out.println(report.get(report.size() - 1));
    }

    private static String raw(Timings raw, Timings rollups) {
        return raw == null ? "– | – | –" : String.format(Locale.ROOT, "%.0f | %.0f | %,.0f×", raw.percentile(50),
                raw.percentile(95), raw.percentile(50) / rollups.percentile(50));
    }

    /**
     * The rollups must say what the raw tables say: the summary, every unsuppressed cell of the country and cohort
     * breakdowns against the learner facts, and the same against the source tables for the columns they hold.
     */
    private void check(MetricsReports reports, RawQueries raw, DateRange year) throws SQLException {
        ProgressReport progress = reports.progress(ReachDefinition.ENROLLED_AND_SUBMITTED, TODAY);
        long[] expected = raw.summary(TODAY);
        long[] fromSources = raw.sourceSummary(TODAY);
        boolean facts = same(progress, expected);
        boolean sources = same(progress, fromSources);
        facts &= same(reports.progress(ReachDefinition.ACTIVE_30_DAYS, TODAY), raw.activeSummary(TODAY));
        Breakdown courses = reports.breakdown(Dimension.COURSE, year);
        facts &= same(courses, raw.courseBreakdown(courses.range().from(), courses.range().to()),
                new int[]{0, 1, 2, 3, 4, 5});
        for (Dimension dimension : List.of(Dimension.COUNTRY, Dimension.COHORT)) {
            Breakdown breakdown = reports.breakdown(dimension, year);
            DateRange range = breakdown.range();
            facts &= same(breakdown, raw.breakdown(dimension.code(), range.from(), range.to()), new int[]{0, 1, 2, 3, 4,
                    5, 6});
            sources &= same(breakdown, raw.sourceBreakdown(dimension.code(), range.from(), range.to()),
                    new int[]{0, 1, 2, 3, -1, 4, -1});
        }
        report.add("Rollups equal the raw recount (summary with either reach, active 7/30, every published cell of the "
                + "course, country and cohort breakdowns): from the learner facts **" + (facts ? "yes" : "NO")
                + "**, from the source tables (registered, enrolled, reached, passed, course) **"
                + (sources ? "yes" : "NO") + "**. Reached today, 30 and 90 days ago, active 7 and 30 days: facts "
                + Arrays.toString(expected)
                + ", sources " + Arrays.toString(fromSources) + ".\n");
    }

    private static boolean same(ProgressReport progress, long[] raw) {
        return progress.progress().current() == raw[0] && progress.active7().value() == raw[3]
                && progress.active30().value() == raw[4];
    }

    /** Every unsuppressed cell equals the raw count; {@code rawColumn[j]} is the raw column of column j (-1: none). */
    private static boolean same(Breakdown breakdown, Map<String, long[]> raw, int[] rawColumn) {
        boolean same = true;
        for (int i = 0; i < breakdown.table().rows().size(); i++) {
            long[] rawRow = raw.get(breakdown.table().rows().get(i));
            for (int j = 0; j < breakdown.table().columns().size(); j++) {
                Cell cell = breakdown.table().cells()[i][j];
                if (rawColumn[j] >= 0 && cell.suppression() == Cell.Suppression.NONE) {
                    same &= rawRow != null && cell.value() == rawRow[rawColumn[j]];
                }
            }
        }
        return same;
    }

    /** The cost of keeping rollups as events happen: changes to existing learners, one transaction each. */
    private void eventPath() throws SQLException {
        LearnerFactsChange change = new LearnerFactsChange(connection);
        int events = Integer.getInteger("bench.events", 5_000);
        if (events == 0) {
            return;
        }
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

    /** The CPU model, from /proc/cpuinfo where there is one. */
    private static String cpu() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return !Files.exists(cpuinfo) ? "unknown CPU" : Files.readAllLines(cpuinfo).stream()
                .filter(line -> line.startsWith("model name")).map(line -> line.replaceAll(".*:\\s*", ""))
                .findFirst().orElse("unknown CPU");
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "unknown";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
