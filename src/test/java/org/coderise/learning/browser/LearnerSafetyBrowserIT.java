package org.coderise.learning.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The learner's path when something goes wrong, in the browser: another learner's attempt asked for by id, the
 * session ending before Submit, a course one is not enrolled in, code too large to submit, and a double click on
 * Submit. Each test makes its own learners over the REST API, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false")
class LearnerSafetyBrowserIT {
    private static final String PYTHON = "python-first-steps";
    private static final String EXERCISE = "say-hello";
    private static final String RIGHT = "print(\"Hello, world!\")\nprint(\"I am learning Python.\")\n";
    private static final String PASSWORD = "safety-browser-it-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /**
     * Amina submits and asks a mentor about it; Bruno, signed in, tries her review's and attempt's ids in the
     * addresses of the pages and of the API: every answer is a plain refusal that shows neither her code nor her name.
     */
    @Test
    void anotherLearnersAttemptIsRefusedInThePagesAndTheApi() {
        var amina = newLearner("Amina Secretholder", true);
        String secret = "# amina-" + UUID.randomUUID();
        String location = given().baseUri(api()).auth().oauth2(amina.token()).contentType("application/json")
                .body(Map.of("source", RIGHT + secret + "\n")).post(submissions()).then().statusCode(202)
                .extract().header("Location");
        long submission = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitGraded(amina, submission);
        long review = ((Number) given().baseUri(api()).auth().oauth2(amina.token()).contentType("application/json")
                .body(Map.of("submissionId", submission, "question", "Is my loop right?")).post("reviews")
                .then().statusCode(201).extract().path("id")).longValue();

        var bruno = newLearner("Bruno Curious", true);
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(bruno.email(), PASSWORD);

            browser.open("my-review.xhtml?review=" + review);
            assertRefused(browser, "404", secret);
            browser.open("mentor/review.xhtml?id=" + review);
            assertRefused(browser, "403", secret);

            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);
            assertThat(exercise.code()).doesNotContain(secret);
            assertThat(browser.driver.getPageSource()).doesNotContain(secret).doesNotContain("Secretholder");
            assertThat(exercise.bestScore()).contains("No attempts yet");
        }

        given().baseUri(api()).auth().oauth2(bruno.token()).get("submissions/" + submission).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://coderise.org/problems/submission-not-found"));
        String history = given().baseUri(api()).auth().oauth2(bruno.token())
                .queryParam("exercise", PYTHON + "/" + EXERCISE).get("submissions").then().statusCode(200)
                .body("size()", equalTo(0)).extract().asString();
        assertThat(history).doesNotContain(secret);
        given().baseUri(api()).auth().oauth2(bruno.token()).contentType("application/json")
                .body(Map.of("submissionId", submission, "question", "Show me hers")).post("reviews")
                .then().statusCode(404);
        given().baseUri(api()).auth().oauth2(bruno.token()).get("reviews/" + review).then().statusCode(403);
        given().baseUri(api()).auth().oauth2(bruno.token()).queryParam("course", PYTHON).queryParam("exercise", EXERCISE)
                .get("reviews/mine").then().statusCode(200).body("size()", equalTo(0));
    }

    /**
     * The session ends (its cookie is gone) while Chloé writes; she presses Submit. She lands on the sign-in page,
     * told her session ended and her code is kept; after signing in she is back on the exercise with the code she
     * wrote, and submitting it then gives one graded attempt.
     */
    @Test
    void submittingAfterTheSessionEndedKeepsTheCodeAndReturnsToTheExercise() {
        var chloe = newLearner("Chloé Typist", true);
        String written = RIGHT + "# written just before the session ended\n";
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(chloe.email(), PASSWORD);
            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);

            browser.driver.manage().deleteAllCookies();
            exercise.write(written);
            browser.driver.findElement(By.id("exerciseForm:submit")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
            assertThat(browser.driver.findElement(By.id("sessionEnded")).getText()).contains("code you were writing is kept");
            browser.screenshots("session-ended-login");
            new LoginPage(browser).signInOnThisPage(chloe.email(), PASSWORD);

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("learn/exercise.xhtml"));
            exercise.awaitEditor();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> written.equals(exercise.code()));
            assertThat(exercise.announcement()).contains("kept in this browser");
            exercise.awaitDraftSaved();
            assertThat(exercise.submitAndAwaitResult()).contains("Accepted");
        }
        assertThat(submissionCount(chloe)).isEqualTo(1);
    }

    /**
     * Dara's page outlives its view: her session ended and she signed in again in another tab. Submit from the old
     * tab goes to the session-expired page, whose link back shows her code again; nothing was submitted.
     */
    @Test
    void anAjaxSubmitFromAnExpiredViewLeadsBackToTheCode() {
        var dara = newLearner("Dara Twotabs", true);
        String written = RIGHT + "# written in the old tab\n";
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(dara.email(), PASSWORD);
            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);
            String oldTab = browser.driver.getWindowHandle();

            browser.driver.manage().deleteAllCookies();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            new LoginPage(browser).signIn(dara.email(), PASSWORD);
            browser.driver.switchTo().window(oldTab);
            exercise.write(written);
            browser.driver.findElement(By.id("exerciseForm:submit")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("session-expired.xhtml"));
            browser.driver.findElement(By.id("backToPage")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("learn/exercise.xhtml"));
            exercise.awaitEditor();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> written.equals(exercise.code()));
        }
        assertThat(submissionCount(dara)).isZero();
    }

    /** Emil opens an exercise of a course he has not joined: the course page tells him to enroll first. */
    @Test
    void anExerciseOfACourseNotEnrolledInSendsToTheCoursePageWithAClearMessage() {
        var emil = newLearner("Emil Notyet", false);
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(emil.email(), PASSWORD);
            browser.open("learn/exercise.xhtml?course=" + PYTHON + "&item=" + EXERCISE);

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("course.xhtml"));
            assertThat(browser.driver.findElement(By.id("enrollFirst")).getText()).contains("Enroll in this course");
            assertThat(browser.driver.findElements(By.id("exerciseForm:editor"))).isEmpty();
        }
        given().baseUri(api()).auth().oauth2(emil.token()).contentType("application/json")
                .body(Map.of("source", RIGHT)).post(submissions()).then().statusCode(403)
                .body("type", equalTo("https://coderise.org/problems/not-enrolled"));
    }

    /**
     * Fatou pastes code over the 256 KB a submission may hold: Submit says the limit, nothing is submitted, and the
     * code is still hers when she opens the page again.
     */
    @Test
    void codeTooLargeToSubmitIsRefusedWithTheLimitAndKeptAsTheDraft() {
        var fatou = newLearner("Fatou Verbose", true);
        String large = ("a".repeat(99) + "\n").repeat(2_700);
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(fatou.email(), PASSWORD);
            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);
            exercise.write(large);
            browser.driver.findElement(By.id("exerciseForm:submit")).click();

            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> exercise.announcement().contains("256 KB"));
            assertThat(exercise.announcement()).contains("too large to submit").contains("still in the editor");
            browser.screenshots("exercise-too-large");
            assertThat(exercise.bestScore()).contains("No attempts yet");

            exercise.open(PYTHON, EXERCISE);
            assertThat(exercise.code()).isEqualTo(large);
        }
        assertThat(submissionCount(fatou)).isZero();
    }

    /** Hawa presses Run eleven times within the minute: the eleventh says to wait before running again. */
    @Test
    void theEleventhRunInAMinuteIsRefusedInTermsOfRunning() {
        var hawa = newLearner("Hawa Runner", true);
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(hawa.email(), PASSWORD);
            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);
            exercise.write(RIGHT);
            for (int run = 0; run < 11; run++) {
                browser.driver.findElement(By.id("exerciseForm:run")).click();
            }

            browser.waitUpTo(Duration.ofSeconds(60)).until(d -> exercise.announcement().contains("run it again"));
            assertThat(exercise.announcement()).contains("run your code many times").doesNotContain("submi");
            assertThat(exercise.code()).isEqualTo(RIGHT);
        }
        assertThat(submissionCount(hawa)).isZero();
    }

    /** Gaspard double-clicks Submit: one attempt is graded and listed, not two. */
    @Test
    void aDoubleClickOnSubmitMakesOneSubmission() {
        var gaspard = newLearner("Gaspard Doubleclick", true);
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn(gaspard.email(), PASSWORD);
            var exercise = new ExercisePage(browser).open(PYTHON, EXERCISE);
            exercise.write(RIGHT);
            new Actions(browser.driver).doubleClick(browser.driver.findElement(By.id("exerciseForm:submit"))).perform();

            browser.waitUpTo(Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("attemptResultHeading")));
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> exercise.bestScore().contains("one attempt"));
            assertThat(browser.driver.findElements(By.cssSelector("ol.history li"))).hasSize(1);
        }
        assertThat(submissionCount(gaspard)).isEqualTo(1);
    }

    private static void assertRefused(Browser browser, String status, String secret) {
        String page = browser.driver.getPageSource();
        assertThat(browser.driver.getTitle()).containsIgnoringCase(status.equals("404") ? "not found" : "not allowed");
        assertThat(page).doesNotContain(secret).doesNotContain("Secretholder").doesNotContain("Is my loop right?");
    }

    private int submissionCount(Learner learner) {
        return given().baseUri(api()).auth().oauth2(learner.token()).queryParam("exercise", PYTHON + "/" + EXERCISE)
                .get("submissions").then().statusCode(200).extract().path("size()");
    }

    private void awaitGraded(Learner learner, long submission) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            String status = given().baseUri(api()).auth().oauth2(learner.token()).get("submissions/" + submission)
                    .then().statusCode(200).extract().path("status");
            if ("GRADED".equals(status)) {
                return;
            }
            pause();
        }
        throw new AssertionError("submission " + submission + " was not graded within 60 s");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Learner(String email, String token) {
    }

    private Learner newLearner(String name, boolean enrolled) {
        String email = "safety-" + UUID.randomUUID() + "@coderise.test";
        given().baseUri(api()).contentType("application/json")
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "language", "en",
                        "country", "KE", "demographicsConsent", false))
                .post("accounts").then().statusCode(201);
        String token = given().baseUri(api()).contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD)).post("auth/tokens").then().statusCode(201)
                .extract().path("token");
        if (enrolled) {
            given().baseUri(api()).auth().oauth2(token).put("enrollments/" + PYTHON).then().statusCode(200);
        }
        return new Learner(email, token);
    }

    private static String submissions() {
        return "exercises/" + PYTHON + "/" + EXERCISE + "/submissions";
    }

    private String api() {
        String url = base.toString();
        return (url.endsWith("/") ? url : url + "/") + "api/v1/";
    }
}
