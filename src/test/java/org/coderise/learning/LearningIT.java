package org.coderise.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning through the real WAR: enrolling and reading over REST, grading's results counted from the real
 * {@code SubmissionGraded} event (fired by a test-only stand-in for the grading worker), the completion rule with a
 * mentor-reviewed capstone, the certificate and its public verification, and who may download it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {
    private static final String PYTHON = "python-first-steps";
    private static final String PASSWORD = "coderise-demo-long-enough";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClasses(GradingStandIn.class, LearningEventsRecorder.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void completingEveryItemEarnsOneCertificateThatAnyoneCanVerify() {
        Learner amina = newLearner("Amina Wanjiru");
        given().baseUri(api()).auth().oauth2(amina.token()).put("enrollments/" + PYTHON)
                .then().statusCode(200).body("percent", equalTo(0));
        JsonPath outline = given().baseUri(api()).get("courses/" + PYTHON).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = outline.getList("modules.items.flatten()");
        String capstone = null;
        for (Map<String, Object> item : items) {
            String id = (String) item.get("id");
            if ("LESSON".equals(item.get("kind"))) {
                given().baseUri(api()).auth().oauth2(amina.token()).put("enrollments/" + PYTHON + "/lessons/" + id + "/done")
                        .then().statusCode(200);
            } else {
                graded(amina.id() * 1000 + items.indexOf(item), amina, id, 10, 10);
                if (Boolean.TRUE.equals(item.get("review"))) {
                    capstone = id;
                }
            }
        }
        assertThat(capstone).as("the Python course ends with a mentor-reviewed capstone").isNotNull();
        progress(amina).body("percent", not(equalTo(100))).body("completedAt", nullValue())
                .body("certificateCode", nullValue());

        given().baseUri(api()).queryParam("learner", amina.id()).queryParam("course", PYTHON)
                .queryParam("exercise", capstone).queryParam("approved", true)
                .post("test-support/learning/review").then().statusCode(204);

        String code = progress(amina).body("percent", equalTo(100)).body("completedAt", not(nullValue()))
                .extract().path("certificateCode");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        List<String> events = given().baseUri(api()).get("test-support/learning/events/" + amina.id())
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(events).filteredOn("Enrolled"::equals).hasSize(1);
        assertThat(events).filteredOn("CourseCompleted"::equals).hasSize(1);
        assertThat(events).filteredOn(e -> e.startsWith("CertificateIssued")).containsExactly("CertificateIssued:" + code);
        assertThat(events).filteredOn("ModuleCompleted"::equals).hasSize(outline.getList("modules").size());
        assertThat(events.indexOf("CourseCompleted")).isGreaterThan(events.lastIndexOf("ModuleCompleted"));

        String page = given().baseUri(base.toString()).get("verify/" + code.substring(0, 5) + "-" + code.substring(5))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("This certificate is genuine.", "Amina Wanjiru", "Python: first steps")
                .doesNotContain(amina.email());

        byte[] pdf = given().baseUri(api()).auth().oauth2(amina.token()).get("certificates/" + code)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().baseUri(api()).auth().oauth2(newLearner("Someone Else").token()).get("certificates/" + code)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", containsString("certificate-not-found"));
        given().baseUri(api()).get("certificates/" + code).then().statusCode(401);
    }

    @Test
    void aRedeliveredResultChangesNothingAndTheBestScoreStays() {
        Learner learner = newLearner("Grace Otieno");
        given().baseUri(api()).auth().oauth2(learner.token()).put("enrollments/" + PYTHON).then().statusCode(200);
        long submission = learner.id() * 1000;

        graded(submission, learner, "say-hello", 6, 10);
        graded(submission, learner, "say-hello", 6, 10);
        graded(submission + 1, learner, "say-hello", 2, 10);

        given().baseUri(api()).queryParam("learner", learner.id()).queryParam("course", PYTHON)
                .queryParam("exercise", "say-hello").get("test-support/learning/best")
                .then().statusCode(200).body("bestScore", equalTo(6)).body("attempts", equalTo(2))
                .body("passed", equalTo(false));
    }

    @Test
    void progressNeedsAnEnrollmentInAPublishedCourse() {
        Learner learner = newLearner("Fatou Diallo");
        given().baseUri(api()).auth().oauth2(learner.token()).put("enrollments/" + PYTHON + "/lessons/what-is-code/done")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("not-enrolled"));
        given().baseUri(api()).auth().oauth2(learner.token()).get("enrollments/" + PYTHON).then().statusCode(404);
        given().baseUri(api()).auth().oauth2(learner.token()).put("enrollments/no-such-course")
                .then().statusCode(404).body("type", containsString("unknown-course"));
        given().baseUri(api()).put("enrollments/" + PYTHON).then().statusCode(401);
    }

    @Test
    void anUnknownOrMistypedCodeIsClearlyNotFound() {
        given().baseUri(base.toString()).get("verify/ABCDE-23456").then().statusCode(200)
                .body(containsString("No certificate has this code."));
        given().baseUri(base.toString()).queryParam("code", "<b>bold</b>").get("verify").then().statusCode(200)
                .body(containsString("No certificate has this code.")).body(containsString("&lt;b&gt;bold"))
                .body(not(containsString("<b>bold")));
    }

    @Test
    void visitorsBrowseTheCatalogAndCoursesButNotLearnerPages() {
        given().baseUri(base.toString()).get("courses.xhtml").then().statusCode(200)
                .body(containsString("Python: first steps"));
        given().baseUri(base.toString()).queryParam("id", PYTHON).get("course.xhtml").then().statusCode(200)
                .body(containsString("Syllabus")).body(containsString("Sign in to enroll"));
        given().baseUri(base.toString()).queryParam("id", "no-such-course").get("course.xhtml").then().statusCode(404);
        given().baseUri(base.toString()).redirects().follow(false).get("learn/index.xhtml")
                .then().statusCode(302).header("Location", containsString("login"));
    }

    private void graded(long submission, Learner learner, String exercise, int score, int max) {
        given().baseUri(api()).queryParam("submission", submission).queryParam("learner", learner.id())
                .queryParam("course", PYTHON).queryParam("exercise", exercise).queryParam("score", score)
                .queryParam("max", max).post("test-support/learning/graded").then().statusCode(204);
    }

    private io.restassured.response.ValidatableResponse progress(Learner learner) {
        return given().baseUri(api()).auth().oauth2(learner.token()).get("enrollments/" + PYTHON).then().statusCode(200);
    }

    private Learner newLearner(String name) {
        String email = "learning-" + UUID.randomUUID() + "@coderise.test";
        given().baseUri(api()).contentType("application/json")
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "language", "en",
                        "country", "KE", "demographicsConsent", false))
                .post("accounts").then().statusCode(201);
        String token = given().baseUri(api()).contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD)).post("auth/tokens")
                .then().statusCode(201).extract().path("token");
        long id = given().baseUri(api()).auth().oauth2(token).get("me").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        return new Learner(id, email, token);
    }

    private String api() {
        return base.toString() + "api/v1/";
    }

    private record Learner(long id, String email, String token) {
    }
}
