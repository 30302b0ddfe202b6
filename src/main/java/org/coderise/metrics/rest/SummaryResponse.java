package org.coderise.metrics.rest;

import java.time.LocalDate;
import org.coderise.metrics.application.ProgressReport;
import org.coderise.metrics.domain.GoalProgress;

/**
 * The program against its goal today. Rates are learners per day; projected dates are absent when the goal is not
 * reached at that rate. A public contract of {@code GET /api/v1/metrics/summary}: add fields, never rename.
 */
public record SummaryResponse(String definition, long goalTarget, LocalDate goalDeadline, LocalDate today,
                              CellResponse reached, double requiredPerDay, double rate30Days, double rate90Days,
                              LocalDate projectedDate, LocalDate projectedEarliest, LocalDate projectedLatest,
                              boolean onTrack, CellResponse active7Days, CellResponse active30Days, int k) {

    static SummaryResponse of(ProgressReport report, int k) {
        GoalProgress p = report.progress();
        return new SummaryResponse(report.definition().code(), p.goal().target(), p.goal().deadline(), p.today(),
                CellResponse.of(report.reached()), finite(p.requiredPerDay()), p.rate30(), p.rate90(),
                p.projected().orElse(null), p.earliest().orElse(null), p.latest().orElse(null), p.onTrack(),
                CellResponse.of(report.active7()), CellResponse.of(report.active30()), k);
    }

    /** After the deadline the required rate is infinite, which JSON cannot carry: report -1. */
    private static double finite(double rate) {
        return Double.isFinite(rate) ? rate : -1;
    }
}
