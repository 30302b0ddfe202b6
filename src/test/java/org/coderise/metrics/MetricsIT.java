package org.coderise.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.coderise.Deployments;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.identity.api.AccountErased;
import org.coderise.identity.api.LearnerRegistered;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.PartnerAdministration;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.api.ModuleCompleted;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.DashboardService;
import org.coderise.metrics.application.GroupNames;
import org.coderise.metrics.application.RollupRebuildService;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.FunnelStage;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.sandbox.api.Verdict;
import org.coderise.shared.infrastructure.DatabaseConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics in the real application. In-container tests fire the other contexts' events (learning has no pages yet)
 * and read through the application layer; client tests ({@link RunAsClient}) use the REST API with tokens and the
 * dashboard with a form sign-in, as nobody and as each demo account (learner, mentor, manager, admin). Every test makes
 * its own learners (ids far above real accounts) and groups, so order does not matter.
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
    @Inject
    private GroupNames names;
    @Inject
    private PartnerAdministration partners;
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

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
    void onlyManagersAndAdminsReachEveryMetricsPageAndEndpoint() {
        MetricsApi api = new MetricsApi(base);
        List<MetricsSurface.Operation> operations = MetricsSurface.restOperations();
        Set<String> paths = new TreeSet<>();
        for (MetricsSurface.Operation operation : operations) {
            paths.add("/" + operation.path());
        }
        assertEquals(api.documentedPaths("/api/v1/metrics"), paths, "the OpenAPI document lists every endpoint");
        Map<String, String> refused = Map.of("learner", api.demoToken("learner@coderise.test"),
                "mentor", api.demoToken("mentor@coderise.test"));
        String manager = api.managerToken();
        String admin = api.demoToken("admin@coderise.test");
        List<String> checked = new ArrayList<>();
        for (MetricsSurface.Operation operation : operations) {
            assertTrue(!operation.roles().isEmpty() && Set.of(Role.Names.MANAGER, Role.Names.ADMIN)
                    .containsAll(operation.roles()), operation + " must allow managers or admins only");
            for (String path : operation.concretePaths()) {
                String what = operation.method() + " " + path + " (" + operation.mediaType() + ")";
                assertEquals(401, api.status(operation.method(), path, operation.mediaType(), null), what);
                for (Map.Entry<String, String> person : refused.entrySet()) {
                    assertEquals(403, api.status(operation.method(), path, operation.mediaType(), person.getValue()),
                            what + " as " + person.getKey());
                    if (operation.method().equals("GET")) {
                        assertEquals(403, api.status("HEAD", path, operation.mediaType(), person.getValue()),
                                "HEAD " + what + " as " + person.getKey());
                    }
                }
                assertEquals(operation.roles().contains(Role.Names.MANAGER) ? 200 : 403,
                        api.status(operation.method(), path, operation.mediaType(), manager), what + " as manager");
                assertEquals(200, api.status(operation.method(), path, operation.mediaType(), admin), what + " as admin");
                checked.add(what);
            }
        }
        List<MetricsApi.PageSession> people = List.of(
                api.signIn("learner@coderise.test", MetricsApi.DEMO_PASSWORD, "en"),
                api.signIn("mentor@coderise.test", MetricsApi.DEMO_PASSWORD, "en"));
        MetricsApi.PageSession managerPages = api.signIn(MetricsApi.MANAGER, MetricsApi.DEMO_PASSWORD, "en");
        for (String page : MetricsSurface.pages()) {
            for (String method : List.of("GET", "POST")) {
                assertEquals(302, api.anonymousPageStatus(method, page), method + " " + page + " anonymously");
                for (MetricsApi.PageSession person : people) {
                    assertEquals(403, person.status(method, page), method + " " + page);
                }
                checked.add(method + " " + page);
            }
            assertEquals(200, managerPages.status("GET", page), page + " as manager");
        }
        System.out.println("Access checked (anonymous, learner, mentor, manager, admin):\n  "
                + String.join("\n  ", checked));
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
    void theCsvExportHasTheSameCellsAsTheApiAndThePage() {
        MetricsApi api = new MetricsApi(base);
        String manager = api.managerToken();
        for (String dimension : List.of("country", "partner", "cohort")) {
            assertEquals(api.cellsAsText(api.breakdown(manager, dimension, "")), api.csvCells(manager, dimension, ""),
                    dimension);
        }

        String page = api.signIn(MetricsApi.MANAGER, MetricsApi.DEMO_PASSWORD, "en").page(MetricsApi.DASHBOARD);
        assertEquals(api.csvCells(manager, "country", ""), breakdownTableOf(page));
    }

    @Test
    void showsPartnersAndCohortsByTheirCurrentName() throws SQLException {
        String name = unique("Partner");
        long partner = partners.addPartner(name, "KE").id();
        long cohort = partners.addCohort(partner, name + " morning", "").id();
        long first = uniqueLearnerIds(12);
        for (long learner = first; learner < first + 12; learner++) {
            events.fire(new LearnerRegistered(learner, "KE", partner, cohort, null, null,
                    LocalDateTime.now(ZoneOffset.UTC)));
        }
        assertEquals(name, labelOf(Dimension.PARTNER, partner));
        assertEquals(name + " morning", labelOf(Dimension.COHORT, cohort));

        rename("partners", partner, name + " renamed");
        rename("cohorts", cohort, name + " evening");

        assertEquals(name + " renamed", labelOf(Dimension.PARTNER, partner));
        assertEquals(name + " evening", labelOf(Dimension.COHORT, cohort));
    }

    @Test
    @RunAsClient
    void answersTheGoalAndTheFunnel() {
        MetricsApi api = new MetricsApi(base);
        String manager = api.managerToken();

        Map<String, Object> summary = api.json("api/v1/metrics/summary", manager);
        assertEquals(1_000_000, ((Number) summary.get("goalTarget")).intValue());
        assertEquals("2030-12-31", summary.get("goalDeadline"));
        assertEquals(6, ((List<?>) api.json("api/v1/metrics/funnel", manager).get("stages")).size());
    }

    @Test
    @RunAsClient
    void refusesBadQuestionsWithProblemsOfStableTypesAndAnswersTenYearsByMonth() {
        MetricsApi api = new MetricsApi(base);
        String manager = api.managerToken();
        Map<String, String> problems = Map.of(
                "api/v1/metrics/funnel?from=2026-05-01&to=2026-04-01", "reversed-range",
                "api/v1/metrics/breakdowns/country?from=2026-05-01&to=2026-04-01", "reversed-range",
                "api/v1/metrics/funnel?from=31/01/2026", "malformed-date",
                "api/v1/metrics/breakdowns/cohort?to=2026-02-30", "malformed-date",
                "api/v1/metrics/funnel?from=2000-01-01&to=2026-01-01", "range-too-long",
                "api/v1/metrics/breakdowns/shoe-size", "unknown-dimension",
                "api/v1/metrics/breakdowns/all", "unknown-dimension",
                "api/v1/metrics/summary?definition=happy", "unknown-definition");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            assertEquals("https://coderise.org/problems/" + problem.getValue(),
                    api.problemType(problem.getKey(), manager), problem.getKey());
        }

        String tenYears = "?from=" + TODAY.minusYears(10).plusDays(1) + "&to=" + TODAY;
        long started = System.nanoTime();
        Map<String, Object> breakdown = api.breakdown(manager, "partner", tenYears);
        Map<String, Object> funnel = api.json("api/v1/metrics/funnel" + tenYears, manager);
        System.out.printf("10-year breakdown and funnel: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(TODAY.minusYears(10).plusDays(1).withDayOfMonth(1).toString(), breakdown.get("from"));
        assertEquals(6, ((List<?>) funnel.get("stages")).size());
    }

    @Test
    @RunAsClient
    void theDashboardExplainsBadFiltersInThePersonsLanguage() {
        MetricsApi api = new MetricsApi(base);
        Map<String, String> reversed = Map.of("filters:from_input", "2026-05-01", "filters:to_input", "2026-04-01");
        Map<String, String> expected = Map.of("en", "The range ends (2026-04-01) before it starts (2026-05-01)",
                "fr", "La période se termine (2026-04-01) avant de commencer (2026-05-01)",
                "es", "El periodo termina (2026-04-01) antes de empezar (2026-05-01)");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            String page = api.signIn(api.registerManager(unique("manager"), language.getKey()), language.getKey())
                    .applyFilters(reversed);
            assertTrue(page.contains(language.getValue()), language.getKey() + ": " + language.getValue());
            assertTrue(!page.contains("id=\"breakdownTable\""), "no table for a refused range");
        }

        MetricsApi.PageSession manager = api.signIn(MetricsApi.MANAGER, MetricsApi.DEMO_PASSWORD, "en");
        assertTrue(manager.applyFilters(Map.of("filters:from_input", "31/01/2026"))
                .contains("The first day must be a date like 2026-01-31."));
        assertTrue(manager.applyFilters(Map.of("filters:dimension", "shoe-size")).contains("Break down by:"),
                "an unknown dimension is refused by the list's validation, naming the field");
        assertTrue(manager.applyFilters(Map.of("filters:from_input", "1990-01-01"))
                .contains("A range may span at most 20 years"));
        assertTrue(manager.applyFilters(Map.of("filters:from_input", TODAY.minusYears(10).plusDays(1).toString(),
                "filters:dimension", "partner")).contains("id=\"breakdownTable\""), "ten years are answered");
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

    private String labelOf(Dimension dimension, long id) {
        return names.of(dashboard.breakdown(dimension, THIS_MONTH)).get(Long.toString(id));
    }

    /** What an admin renaming a partner or cohort would do to its row (identity has no rename use case yet). */
    private void rename(String table, long id, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The breakdown table of the dashboard's HTML as CSV rows: labels and numbers as the CSV writes them. */
    private static List<List<String>> breakdownTableOf(String page) {
        String table = page.substring(page.indexOf("id=\"breakdownTable\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                String text = cell.group(1).strip().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                cells.add(cells.isEmpty() ? Map.of("Total", "total", "Not given", "unknown").getOrDefault(text, text)
                        : text.replaceAll("(?<=\\d),(?=\\d{3})", ""));
            }
            rows.add(cells);
        }
        return rows;
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
