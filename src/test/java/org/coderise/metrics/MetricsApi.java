package org.coderise.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The metrics API as a client test uses it: tokens for the demo manager and fresh learners, JSON and CSV reads. */
final class MetricsApi {
    static final List<String> READ_PATHS = List.of("api/v1/metrics/summary", "api/v1/metrics/funnel",
            "api/v1/metrics/breakdowns/country", "api/v1/metrics/breakdowns/gender?from=2026-01-01&to=2026-06-30");
    private static final String PASSWORD = "a long enough password 42";

    private final String base;

    MetricsApi(URL base) {
        this.base = base.toString();
    }

    String managerToken() {
        return token("manager@coderise.test", "coderise-demo");
    }

    /** Registers a learner (with consented self-described gender when given) and returns their email. */
    String registerLearner(String name, String gender) {
        String email = name + "@metrics.test";
        request(null).contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "language", "en",
                        "country", "KE", "demographicsConsent", gender != null, "gender", gender == null ? "" : gender))
                .post("api/v1/accounts").then().statusCode(201);
        return email;
    }

    String tokenOf(String email) {
        return token(email, PASSWORD);
    }

    int status(String method, String path, String token) {
        return request(token).redirects().follow(false).request(method, path).statusCode();
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

    /** A breakdown's rows as the CSV shows them: group, then each cell as text, then the total row. */
    @SuppressWarnings("unchecked")
    List<List<String>> cellsAsText(Map<String, Object> breakdown) {
        int k = ((Number) breakdown.get("k")).intValue();
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) breakdown.get("rows")) {
            rows.add(texts((String) row.get("group"), (List<Map<String, Object>>) row.get("cells"), k));
        }
        rows.add(texts("total", (List<Map<String, Object>>) breakdown.get("total"), k));
        return rows;
    }

    List<List<String>> csvCells(String token, String dimension) {
        String csv = request(token).accept("text/csv").get("api/v1/metrics/breakdowns/" + dimension)
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

    private static List<String> texts(String group, List<Map<String, Object>> cells, int k) {
        List<String> texts = new ArrayList<>();
        texts.add(group);
        for (Map<String, Object> cell : cells) {
            Object value = cell.get("value");
            texts.add(value != null ? value.toString() : "below-k".equals(cell.get("suppressed")) ? "< " + k : "hidden");
        }
        return texts;
    }

    /** Signs in through the login page as the demo manager and returns the dashboard page's HTML. */
    String dashboardPageAsManager() {
        var login = given().baseUri(base).get("login.xhtml");
        String viewState = login.htmlPath().getString("**.find { it.@name == 'jakarta.faces.ViewState' }.@value");
        Map<String, String> cookies = login.cookies();
        var signIn = given().baseUri(base).cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("loginForm", "loginForm").formParam("loginForm:email", "manager@coderise.test")
                .formParam("loginForm:password", "coderise-demo").formParam("loginForm:next", "")
                .formParam("loginForm:submit", "loginForm:submit").formParam("jakarta.faces.ViewState", viewState)
                .post("login.xhtml");
        Map<String, String> session = new HashMap<>(cookies);
        session.putAll(signIn.cookies());
        return given().baseUri(base).cookies(session).get("manager/dashboard.xhtml").then().statusCode(200)
                .extract().asString();
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
