package org.coderise.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.coderise.Deployments;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.identity.api.AccountErased;
import org.coderise.identity.api.LearnerRegistered;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.api.ModuleCompleted;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.DashboardService;
import org.coderise.metrics.application.RollupRebuildService;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.FunnelStage;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.sandbox.api.Verdict;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics in the real application. In-container tests fire the other contexts' events (learning has no pages yet)
 * and read through the application layer; client tests ({@link RunAsClient}) use the REST API as a manager, a learner
 * and nobody. Every test makes its own learners (ids far above real accounts) and groups, so order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final DateRange THIS_MONTH = new DateRange(TODAY.withDayOfMonth(1), TODAY);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(MetricsIT.class);
    }

    @ArquillianResource
    private URL base;
    @Inject
    private Event<Object> events;
    @Inject
    private DashboardService dashboard;
    @Inject
    private RollupRebuildService rebuild;

    @Test
    void eventsUpdateTheRollupsOnceEvenWhenDeliveredTwice() {
        String course = unique("course");
        long first = uniqueLearnerIds(12);
        for (long learner = first; learner < first + 12; learner++) {
            for (int delivery = 0; delivery < 2; delivery++) {
                register(learner, "KE", null);
                events.fire(new Enrolled(learner, course, Instant.now()));
                events.fire(graded(learner, course, learner < first + 11));
            }
        }
        long[] row = courseRow(course);

        assertEquals(12, row[0], "enrolled");
        assertEquals(12, row[1], "enrolled and submitted");
        assertEquals(11, row[2], "first pass");
    }

    @Test
    void rebuildingFromTheFactsGivesTheSameNumbers() {
        String course = unique("course");
        long first = uniqueLearnerIds(15);
        for (long learner = first; learner < first + 15; learner++) {
            register(learner, "UG", "metrics rebuild " + first);
            Instant enrolled = Instant.now().minusSeconds(86_400L * (learner % 40));
            events.fire(new Enrolled(learner, course, Instant.now()));
            events.fire(new Enrolled(learner, course, enrolled));
            events.fire(graded(learner, course, learner % 3 != 0));
            if (learner % 2 == 0) {
                events.fire(new ModuleCompleted(learner, course, "m1", Instant.now()));
                events.fire(new CourseCompleted(learner, course, Instant.now()));
                events.fire(new CertificateIssued(learner, course, "code-" + learner, Instant.now()));
            }
        }
        events.fire(new AccountErased(first));
        String before = everything();

        rebuild.rebuild();

        assertEquals(before, everything());
    }

    @Test
    void hidesACohortOfNineAndAnotherCellOfItsColumn() {
        long first = uniqueLearnerIds(9);
        for (long learner = first; learner < first + 9; learner++) {
            events.fire(new LearnerRegistered(learner, "TZ", null, first, null, null, LocalDateTime.now(ZoneOffset.UTC)));
        }
        Breakdown cohorts = dashboard.breakdown(Dimension.COHORT, THIS_MONTH);
        int row = cohorts.table().rows().indexOf(Long.toString(first));

        assertEquals(Cell.Suppression.SMALL, cohorts.table().cells()[row][0].suppression());
        long hidden = Arrays.stream(cohorts.table().cells()).filter(r -> r[0].suppressed()).count()
                + (cohorts.table().totalRow().orElseThrow()[0].suppressed() ? 1 : 0);
        assertTrue(hidden >= 2, "a second entry of the column is hidden too");
    }

    @Test
    @RunAsClient
    void aLearnerIsRefusedEveryMetricsEndpointAndAnonymousVisitorsMustSignIn() {
        MetricsApi api = new MetricsApi(base);
        String learner = api.tokenOf(api.registerLearner(unique("learner"), null));

        for (String path : MetricsApi.READ_PATHS) {
            assertEquals(403, api.status("GET", path, learner), path);
            assertEquals(401, api.status("GET", path, null), path);
        }
        assertEquals(403, api.status("POST", "api/v1/metrics/rebuild", learner));
        assertEquals(403, api.status("POST", "api/v1/metrics/rebuild", api.managerToken()));
        assertEquals(302, api.status("GET", "manager/dashboard.xhtml", null));
    }

    @Test
    @RunAsClient
    void theApiHidesASmallSelfDescribedGroupAndEveryColumnHasNoneOrTwoHidden() {
        MetricsApi api = new MetricsApi(base);
        String gender = unique("metrics-it");
        for (int i = 0; i < 9; i++) {
            api.registerLearner(unique("small"), gender);
        }
        Map<String, Object> genders = api.breakdown(api.managerToken(), "gender", "");

        Map<String, Object> registered = api.cell(genders, gender, 0);
        assertEquals("below-k", registered.get("suppressed"));
        assertEquals(null, registered.get("value"));
        for (String dimension : List.of("country", "partner", "cohort", "course", "age-band", "gender")) {
            api.assertNoColumnRevealsAHiddenCell(api.breakdown(api.managerToken(), dimension, ""));
        }
    }

    @Test
    @RunAsClient
    void theCsvExportHasTheSameCellsAsTheApi() {
        MetricsApi api = new MetricsApi(base);
        String manager = api.managerToken();

        assertEquals(api.cellsAsText(api.breakdown(manager, "country", "")), api.csvCells(manager, "country"));
    }

    @Test
    @RunAsClient
    void answersTheGoalAndTheFunnelAndRefusesBadQuestionsWithProblems() {
        MetricsApi api = new MetricsApi(base);
        String manager = api.managerToken();

        Map<String, Object> summary = api.json("api/v1/metrics/summary", manager);
        assertEquals(1_000_000, ((Number) summary.get("goalTarget")).intValue());
        assertEquals("2030-12-31", summary.get("goalDeadline"));
        assertEquals(6, ((List<?>) api.json("api/v1/metrics/funnel", manager).get("stages")).size());
        assertEquals("https://coderise.org/problems/invalid-metrics-query",
                api.problemType("api/v1/metrics/funnel?from=2026-05-01&to=2026-04-01", manager));
        assertEquals("https://coderise.org/problems/unknown-dimension",
                api.problemType("api/v1/metrics/breakdowns/shoe-size", manager));
        assertEquals("https://coderise.org/problems/invalid-metrics-query",
                api.problemType("api/v1/metrics/summary?definition=happy", manager));
    }

    @Test
    @RunAsClient
    void aManagerSeesTheGoalChartTheFunnelAndABreakdownWithTextAlternatives() {
        String page = new MetricsApi(base).dashboardPageAsManager();

        for (String part : List.of("id=\"dashboardTitle\"", "goalChart", "id=\"goalTable\"", "funnelChart",
                "id=\"funnelTable\"", "id=\"breakdownTable\"", "<caption>", "scope=\"col\"", "scope=\"row\"")) {
            assertTrue(page.contains(part), part);
        }
        assertTrue(!page.contains("@coderise.test") && !page.contains("@metrics.test"), "no e-mail addresses");
    }

    /** Every figure the dashboard can show this month, as text: what a rebuild must reproduce exactly. */
    private String everything() {
        StringBuilder all = new StringBuilder();
        for (ReachDefinition definition : ReachDefinition.values()) {
            var report = dashboard.progress(definition, TODAY);
            all.append(definition).append(report.progress().current()).append(report.active7())
                    .append(report.active30()).append(report.months()).append('\n');
        }
        dashboard.funnel(new DateRange(TODAY.minusYears(1), TODAY)).steps().forEach(s -> all.append(s).append('\n'));
        for (Dimension dimension : Dimension.breakdowns()) {
            var table = dashboard.breakdown(dimension, new DateRange(TODAY.minusMonths(3), TODAY)).table();
            all.append(dimension).append(table.rows());
            for (Cell[] row : table.cells()) {
                all.append(List.of(row));
            }
            all.append(table.totalRow().map(List::of)).append('\n');
        }
        return all.toString();
    }

    private long[] courseRow(String course) {
        Breakdown breakdown = dashboard.breakdown(Dimension.COURSE, THIS_MONTH);
        Cell[] cells = breakdown.table().cells()[breakdown.table().rows().indexOf(course)];
        List<String> columns = breakdown.table().columns();
        return new long[] {cells[columns.indexOf("enrolled")].value(), cells[columns.indexOf("reached")].value(),
            cells[columns.indexOf("passed")].value()};
    }

    private void register(long learner, String country, String gender) {
        events.fire(new LearnerRegistered(learner, country, null, null, "AGE_18_24", gender,
                LocalDateTime.now(ZoneOffset.UTC)));
    }

    private static SubmissionGraded graded(long learner, String course, boolean passed) {
        return new SubmissionGraded(learner * 10, learner, course, "ex-1", passed ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER,
                passed ? 10 : 3, 10, passed, Instant.now());
    }

    /** The first of {@code count} (at most 100) consecutive learner ids no account will ever have. */
    private static long uniqueLearnerIds(int count) {
        return 1_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100;
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
