package org.coderise.metrics.application;

import java.time.YearMonth;
import java.util.List;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.GoalProgress;
import org.coderise.metrics.domain.ReachDefinition;

/**
 * The program against its goal under one definition of "reached": the headline figures (small ones hidden), the
 * progress and projection, and the count at the end of each month for the chart and its table.
 */
public record ProgressReport(ReachDefinition definition, GoalProgress progress, Cell reached, Cell active7,
                             Cell active30, List<MonthPoint> months) {

    /** The count at the end of {@code month}; hidden while it is below k. */
    public record MonthPoint(YearMonth month, Cell learners) {
    }
}
