package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coderise.review.domain.ClaimPolicy;
import org.coderise.review.domain.RoleRequiredException;
import org.coderise.review.domain.Turnaround;
import org.coderise.review.infrastructure.ReviewRequests;
import org.coderise.shared.domain.UtcTime;

/**
 * Review turnaround per cohort and per mentor over the last {@link #WINDOW_DAYS} days (plus everything still open):
 * mentors see their cohorts, managers and admins every cohort. Only figures and display names, never work or contact
 * details.
 */
@ApplicationScoped
public class TurnaroundReport {
    public static final int WINDOW_DAYS = 90;

    @Inject
    ReviewAccess access;
    @Inject
    ReviewRequests requests;
    @Inject
    People people;
    @Inject
    ClaimPolicy policy;

    /** One row of the dashboard: a cohort (by id) or a mentor (by display name). */
    public record Row(String key, Turnaround figures) {
    }

    /** Both breakdowns and the overall figures. */
    public record Figures(Turnaround overall, List<Row> byCohort, List<Row> byMentor, long targetHours) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Caller caller) {
        if (!caller.mentor() && !caller.manager() && !caller.admin()) {
            throw new RoleRequiredException("MENTOR");
        }
        LocalDateTime now = UtcTime.now();
        List<Long> cohorts = access.cohortsOf(caller).orElse(null);
        List<ReviewRequests.TurnaroundRow> rows = cohorts != null && cohorts.isEmpty() ? List.of()
                : requests.turnaroundRows(cohorts, now.minusDays(WINDOW_DAYS));
        List<Row> byCohort = rowsBy(rows, r -> r.cohortId() == null ? "—" : "#" + r.cohortId(), now);
        Map<Long, String> names = new HashMap<>();
        List<Row> byMentor = rowsBy(rows.stream().filter(r -> r.responderId() != null).toList(),
                r -> names.computeIfAbsent(r.responderId(), id -> people.displayName(id).orElse("#" + id)), now);
        return new Figures(Turnaround.of(rows.stream().map(TurnaroundReport::sample).toList(), now, policy),
                byCohort, byMentor, policy.target().toHours());
    }

    private List<Row> rowsBy(List<ReviewRequests.TurnaroundRow> rows,
            Function<ReviewRequests.TurnaroundRow, String> key, LocalDateTime now) {
        Map<String, List<Turnaround.Sample>> groups = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.mapping(TurnaroundReport::sample, Collectors.toList())));
        return groups.entrySet().stream().map(e -> new Row(e.getKey(), Turnaround.of(e.getValue(), now, policy))).toList();
    }

    private static Turnaround.Sample sample(ReviewRequests.TurnaroundRow row) {
        return new Turnaround.Sample(row.requestedAt(), row.firstResponseAt(), row.open());
    }
}
