package org.coderise.review;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ReviewIT's HTTP client: people, capstones and review calls over the real API. Kept out of ReviewIT so the class
 * deployed into the server never names REST Assured types.
 */
final class ReviewApi {
    static final String DEMO_PASSWORD = "coderise-demo";
    private static final String COURSE = "python-first-steps";
    private static final String CAPSTONE = "savings-group-report";
    private static final Path CAPSTONE_DIR = Path.of("courses/python-first-steps/07-files-project/06-savings-group-report");

    private final String url;

    ReviewApi(URL base) {
        this.url = base.toString() + "api/v1/";
    }

    record Person(String name, String email, String token) {
    }

    String url() {
        return url;
    }

    Person register(String name, String inviteCode) {
        String email = "review-" + UUID.randomUUID() + "@coderise.test";
        var form = new HashMap<String, Object>(Map.of("displayName", name, "email", email,
                "password", DEMO_PASSWORD + "-long-enough", "language", "en", "country", "KE",
                "demographicsConsent", false));
        if (inviteCode != null) {
            form.put("inviteCode", inviteCode);
        }
        given().baseUri(url).contentType("application/json").body(form).post("accounts").then().statusCode(201);
        return login(email, DEMO_PASSWORD + "-long-enough", name);
    }

    Person login(String email, String password) {
        return login(email, password, email);
    }

    private Person login(String email, String password, String name) {
        String token = given().baseUri(url).contentType("application/json")
                .body(Map.of("email", email, "password", password)).post("auth/tokens")
                .then().statusCode(201).extract().path("token");
        return new Person(name, email, token);
    }

    /** A mentor: a member of the cohort (null: of none) whom the demo admin granted the MENTOR role. */
    Person mentor(String inviteCode) {
        Person person = register("Mentor " + UUID.randomUUID().toString().substring(0, 8), inviteCode);
        long id = given().baseUri(url).auth().oauth2(person.token()).get("me").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        Person admin = login("admin@coderise.test", DEMO_PASSWORD);
        given().baseUri(url).auth().oauth2(admin.token()).put("admin/users/" + id + "/roles/MENTOR")
                .then().statusCode(200);
        return person;
    }

    /** The learner submits the reference solution of the capstone; once graded it shows in the mentor's queue. */
    long gradedCapstoneInQueue(Person learner, Person mentor) throws Exception {
        given().baseUri(url).auth().oauth2(learner.token()).put("enrollments/" + COURSE).then().statusCode(200);
        String source = Files.readString(CAPSTONE_DIR.resolve("solution/main.py"));
        String location = given().baseUri(url).auth().oauth2(learner.token()).contentType("application/json")
                .body(Map.of("source", source)).post("exercises/" + COURSE + "/" + CAPSTONE + "/submissions")
                .then().statusCode(202).extract().header("Location");
        long submissionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            List<Map<String, Object>> items = given().baseUri(url).auth().oauth2(mentor.token()).get("reviews/queue")
                    .then().log().ifValidationFails().statusCode(200).extract().jsonPath().getList("");
            for (Map<String, Object> item : items) {
                long id = ((Number) item.get("id")).longValue();
                if (learner.name().equals(item.get("learnerName")) && submissionOf(mentor, id) == submissionId) {
                    return id;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Submission " + submissionId + " did not reach the review queue in 90 s");
    }

    private long submissionOf(Person mentor, long reviewId) {
        return given().baseUri(url).auth().oauth2(mentor.token()).get("reviews/" + reviewId).then().statusCode(200)
                .extract().jsonPath().getLong("submissionId");
    }

    Response claim(Person mentor, long reviewId) {
        return given().baseUri(url).auth().oauth2(mentor.token()).post("reviews/" + reviewId + "/claim");
    }

    Response comment(Person mentor, long reviewId, int line, String body) {
        return given().baseUri(url).auth().oauth2(mentor.token()).contentType("application/json")
                .body(Map.of("file", "main.py", "line", line, "body", body)).post("reviews/" + reviewId + "/comments");
    }

    Response decide(Person mentor, long reviewId, String decision, String comment) {
        var body = new HashMap<String, Object>();
        body.put("decision", decision);
        body.put("comment", comment);
        return given().baseUri(url).auth().oauth2(mentor.token()).contentType("application/json").body(body)
                .post("reviews/" + reviewId + "/decision");
    }

    Response reply(Person learner, long commentId) {
        return given().baseUri(url).auth().oauth2(learner.token()).contentType("application/json")
                .body(Map.of("body", "Because it is the **total**")).post("reviews/comments/" + commentId + "/reply");
    }
}
