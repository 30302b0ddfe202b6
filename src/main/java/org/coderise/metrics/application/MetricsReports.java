package org.coderise.metrics.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coderise.metrics.domain.ActivityCoverage;
import org.coderise.metrics.domain.CountTable;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Funnel;
import org.coderise.metrics.domain.FunnelStage;
import org.coderise.metrics.domain.Goal;
import org.coderise.metrics.domain.GoalProgress;
import org.coderise.metrics.domain.LevelSeries;
import org.coderise.metrics.domain.Measure;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.metrics.domain.SmallCellSuppression;
import org.coderise.metrics.infrastructure.RollupQueries;

/**
 * The dashboard's reports from the rollups, suppression applied: nothing leaves this class that shows a group smaller
 * than k. Plain Java over one {@link RollupQueries}, so the benchmark times exactly what the dashboard runs.
 */
public class MetricsReports {
    /** Breakdown columns; "registered" has no meaning per course. */
    private static final List<Measure> LEARNER_COLUMNS = List.of(Measure.REGISTERED, Measure.ENROLLED,
            Measure.REACHED, Measure.PASSED, Measure.MODULE_COMPLETED, Measure.COURSE_COMPLETED, Measure.CERTIFIED);
    private static final List<Measure> COURSE_COLUMNS = LEARNER_COLUMNS.subList(1, LEARNER_COLUMNS.size());

    private final RollupQueries queries;
    private final Goal goal;
    private final SmallCellSuppression suppression;

    public MetricsReports(RollupQueries queries, Goal goal, SmallCellSuppression suppression) {
        this.queries = queries;
        this.goal = goal;
        this.suppression = suppression;
    }

    public ProgressReport progress(ReachDefinition definition, LocalDate today) {
        LevelSeries series = LevelSeries.ofChanges(definition.measure()
                .map(m -> queries.programCounts(m.code(), today.minusDays(GoalProgress.LONGEST_RATE_DAYS)))
                .orElseGet(() -> queries.activeChanges(ActivityCoverage.WINDOWS[1])));
        GoalProgress progress = GoalProgress.of(goal, series, today);
        Map<Integer, Long> active = queries.activeOn(today);
        long active7 = active.getOrDefault(ActivityCoverage.WINDOWS[0], 0L);
        long active30 = active.getOrDefault(ActivityCoverage.WINDOWS[1], 0L);
        return new ProgressReport(definition, progress, suppression.single(progress.current()),
                suppression.single(active7), suppression.single(active30), months(series, today));
    }

    /** The funnel of the learners who registered within {@code range}. */
    public Funnel funnel(DateRange range) {
        Map<String, Long> all = queries.counts(Dimension.ALL,
                        Arrays.stream(FunnelStage.values()).map(FunnelStage::code).toList(), range.from(), range.to())
                .getOrDefault(Dimension.ALL_VALUE, Map.of());
        Map<FunnelStage, Long> stages = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            stages.put(stage, all.getOrDefault(stage.code(), 0L));
        }
        return Funnel.of(stages, suppression);
    }

    /**
     * Learners who first reached each milestone within {@code asked}, widened to whole months, per group of
     * {@code dimension}.
     */
    public Breakdown breakdown(Dimension dimension, DateRange asked) {
        DateRange range = asked.wholeMonths();
        List<String> columns = columnsOf(dimension).stream().map(Measure::code).toList();
        Map<String, Map<String, Long>> counts = queries.counts(dimension, columns, range.from(), range.to());
        List<String> rows = new ArrayList<>(counts.keySet());
        long[][] cells = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Long> row = counts.get(rows.get(i));
            for (int j = 0; j < columns.size(); j++) {
                cells[i][j] = row.getOrDefault(columns.get(j), 0L);
            }
        }
        return new Breakdown(dimension, range, suppression.apply(new CountTable(rows, columns, cells, true, false)));
    }

    public static List<Measure> columnsOf(Dimension dimension) {
        return dimension == Dimension.COURSE ? COURSE_COLUMNS : LEARNER_COLUMNS;
    }

    private List<ProgressReport.MonthPoint> months(LevelSeries series, LocalDate today) {
        List<ProgressReport.MonthPoint> months = new ArrayList<>();
        if (series.isEmpty()) {
            return months;
        }
        for (YearMonth month = YearMonth.from(series.firstDay()); !month.isAfter(YearMonth.from(today));
             month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            months.add(new ProgressReport.MonthPoint(month, suppression.single(series.levelOn(end))));
        }
        return months;
    }
}
