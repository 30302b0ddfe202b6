package org.coderise.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The metrics API as a client test uses it: tokens for the demo manager and fresh learners, JSON and CSV reads. */
final class MetricsApi {
    static final String DASHBOARD = "manager/dashboard.xhtml";
    static final String MANAGER = "manager@coderise.test";
    static final String DEMO_PASSWORD = "coderise-demo";
    private static final String PASSWORD = "a long enough password 42";
    private static final String VIEW_STATE_NAME = "jakarta.faces.ViewState";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String base;

    MetricsApi(URL base) {
        this.base = base.toString();
    }

    String managerToken() {
        return token(MANAGER, DEMO_PASSWORD);
    }

    /** A token of a demo account (learner@, mentor@, manager@ or admin@coderise.test). */
    String demoToken(String email) {
        return token(email, DEMO_PASSWORD);
    }

    /** Registers a learner (with consented self-described gender when given) and returns their email. */
    String registerLearner(String name, String gender) {
        register(name + "@metrics.test", name, "en", gender);
        return name + "@metrics.test";
    }

    /** Registers an account speaking {@code language} that the demo admin makes a manager; returns its email. */
    String registerManager(String name, String language) {
        long id = register(name + "@metrics.test", name, language, null);
        request(demoToken("admin@coderise.test")).put("api/v1/admin/users/" + id + "/roles/MANAGER")
                .then().statusCode(200);
        return name + "@metrics.test";
    }

    /** Signs in through the login page with the password of accounts registered here. */
    PageSession signIn(String email, String language) {
        return signIn(email, PASSWORD, language);
    }

    private long register(String email, String name, String language, String gender) {
        return request(null).contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "language", language,
                        "country", "KE", "demographicsConsent", gender != null, "gender", gender == null ? "" : gender))
                .post("api/v1/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
    }


    Map<String, Object> json(String path, String token) {
        return request(token).accept(ContentType.JSON).get(path).then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    Map<String, Object> breakdown(String token, String dimension, String query) {
        return json("api/v1/metrics/breakdowns/" + dimension + query, token);
    }

    String problemType(String path, String token) {
        return request(token).accept(ContentType.JSON).get(path).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getString("type");
    }

    /** The cell of a breakdown's row (by group) and column index. */
    @SuppressWarnings("unchecked")
    Map<String, Object> cell(Map<String, Object> breakdown, String group, int column) {
        for (Map<String, Object> row : (List<Map<String, Object>>) breakdown.get("rows")) {
            if (group.equals(row.get("group"))) {
                return ((List<Map<String, Object>>) row.get("cells")).get(column);
            }
        }
        throw new AssertionError("No row " + group + " in " + breakdown);
    }

    /** The property suppression must keep: no column (with its total) has exactly one hidden entry. */
    @SuppressWarnings("unchecked")
    void assertNoColumnRevealsAHiddenCell(Map<String, Object> breakdown) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) breakdown.get("rows");
        List<Map<String, Object>> total = (List<Map<String, Object>>) breakdown.get("total");
        int k = ((Number) breakdown.get("k")).intValue();
        for (int column = 0; column < total.size(); column++) {
            long hidden = total.get(column).get("value") == null ? 1 : 0;
            for (Map<String, Object> row : rows) {
                Map<String, Object> cell = ((List<Map<String, Object>>) row.get("cells")).get(column);
                Number value = (Number) cell.get("value");
                hidden += value == null ? 1 : 0;
                assertNotEquals(true, value != null && value.longValue() > 0 && value.longValue() < k,
                        "a count below k is shown in " + breakdown.get("dimension"));
            }
            assertNotEquals(1L, hidden, "column " + column + " of " + breakdown.get("dimension"));
        }
    }

    /** A breakdown's rows as the CSV shows them: label (and id of a partner or cohort), each cell, the total row. */
    @SuppressWarnings("unchecked")
    List<List<String>> cellsAsText(Map<String, Object> breakdown) {
        int k = ((Number) breakdown.get("k")).intValue();
        boolean named = List.of("partner", "cohort").contains(breakdown.get("dimension"));
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) breakdown.get("rows")) {
            List<String> labels = named ? List.of((String) row.get("label"), (String) row.get("group"))
                    : List.of((String) row.get("label"));
            rows.add(texts(labels, (List<Map<String, Object>>) row.get("cells"), k));
        }
        rows.add(texts(named ? List.of("total", "") : List.of("total"),
                (List<Map<String, Object>>) breakdown.get("total"), k));
        return rows;
    }

    /** A breakdown's CSV without its header; {@code query} as for {@link #breakdown}. */
    List<List<String>> csvCells(String token, String dimension, String query) {
        String csv = request(token).accept("text/csv").get("api/v1/metrics/breakdowns/" + dimension + query)
                .then().statusCode(200).extract().asString();
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get()
                    .parse(new StringReader(csv))) {
                rows.add(record.toList());
            }
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(List<String> labels, List<Map<String, Object>> cells, int k) {
        List<String> texts = new ArrayList<>(labels);
        for (Map<String, Object> cell : cells) {
            Object value = cell.get("value");
            texts.add(value != null ? value.toString() : "below-k".equals(cell.get("suppressed")) ? "< " + k : "hidden");
        }
        return texts;
    }

    /** Signs in through the login page as the demo manager and returns the dashboard page's HTML. */
    String dashboardPageAsManager() {
        return signIn(MANAGER, DEMO_PASSWORD, "en").page(DASHBOARD);
    }

    /** A browser-like session: signs in through the login form, asking for pages in {@code language}. */
    PageSession signIn(String email, String password, String language) {
        var login = pageRequest(Map.of(), language).get("login.xhtml");
        Map<String, String> cookies = new HashMap<>(login.cookies());
        var signIn = pageRequest(cookies, language).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("loginForm", "loginForm").formParam("loginForm:email", email)
                .formParam("loginForm:password", password).formParam("loginForm:next", "")
                .formParam("loginForm:submit", "loginForm:submit").formParam(VIEW_STATE_NAME, viewState(login.asString()))
                .post("login.xhtml");
        assertEquals(302, signIn.statusCode(), () -> "sign-in of " + email + " failed");
        cookies.putAll(signIn.cookies());
        return new PageSession(cookies, language);
    }

    /** The status of a page for nobody (no session). */
    int anonymousPageStatus(String method, String path) {
        return pageRequest(Map.of(), "en").redirects().follow(false).request(method, path).statusCode();
    }

    /** The paths the OpenAPI document lists that start with {@code prefix}. */
    Set<String> documentedPaths(String prefix) {
        Map<String, Object> paths = given().baseUri(URI.create(base).resolve("/openapi").toString())
                .accept(ContentType.JSON).get().then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        return paths.keySet().stream().filter(p -> p.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
    }

    int status(String method, String path, String mediaType, String token) {
        return request(token).accept(mediaType).redirects().follow(false).request(method, path).statusCode();
    }

    /** Pages as one signed-in person sees them. */
    final class PageSession {
        private final Map<String, String> cookies;
        private final String language;

        private PageSession(Map<String, String> cookies, String language) {
            this.cookies = cookies;
            this.language = language;
        }

        int status(String method, String path) {
            return pageRequest(cookies, language).redirects().follow(false).request(method, path).statusCode();
        }

        String page(String path) {
            return pageRequest(cookies, language).get(path).then().statusCode(200).extract().asString();
        }

        /** Submits the dashboard's filter form with its defaults overridden by {@code fields}; returns the page. */
        String applyFilters(Map<String, String> fields) {
            String form = page(DASHBOARD);
            Map<String, String> values = new HashMap<>(Map.of("filters", "filters", "filters:definition", "reached",
                    "filters:from_input", TODAY.minusDays(364).toString(), "filters:to_input", TODAY.toString(),
                    "filters:dimension", "country", "filters:apply", "Show", VIEW_STATE_NAME, viewState(form)));
            values.putAll(fields);
            return pageRequest(cookies, language).contentType(ContentType.URLENC).formParams(values)
                    .post(DASHBOARD).then().statusCode(200).extract().asString();
        }
    }

    private RequestSpecification pageRequest(Map<String, String> cookies, String language) {
        return given().baseUri(base).cookies(cookies).header("Accept-Language", language);
    }

    private static String viewState(String html) {
        Matcher viewState = VIEW_STATE.matcher(html);
        assertTrue(viewState.find(), () -> "no view state in " + html.substring(0, Math.min(2000, html.length())));
        return viewState.group(1);
    }

    private String token(String email, String password) {
        return request(null).contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("api/v1/auth/tokens").then().statusCode(201).extract().jsonPath().getString("token");
    }

    private RequestSpecification request(String token) {
        RequestSpecification request = given().baseUri(base);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
