package org.coderise.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.response.ValidatableResponse;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.coderise.Deployments;
import org.coderise.grading.application.ExerciseCatalog;
import org.coderise.grading.application.Grader;
import org.coderise.grading.application.GradingSettings;
import org.coderise.grading.application.RecordedGrade;
import org.coderise.grading.application.SubmissionService;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.grading.infrastructure.SubmissionQueue;
import org.coderise.learning.application.Enrolling;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.shared.infrastructure.DatabaseConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grading through the real WAR: submissions over REST graded by the real sandbox against the catalog's tests, a lease
 * taken over mid-run, back-pressure, privacy, bad input and the Jobe protocol per language. Most tests are HTTP
 * clients; the lease takeover runs inside the server, acting as a second node whose clock says the lease expired.
 */
@ExtendWith(ArquillianExtension.class)
class GradingIT {
    private static final String SAY_HELLO = "exercises/python-first-steps/say-hello/submissions";
    private static final String HELLO_SOLUTION = "print(\"Hello, world!\")\nprint(\"I am learning Python.\")\n";
    private static final String DEMO_PASSWORD = "coderise-demo";

    @Deployment
    static WebArchive deployment() {
        File[] assertj = Maven.configureResolver().workOffline().resolve("org.assertj:assertj-core:3.27.7")
                .withoutTransitivity().asFile();
        return Deployments.application().addClass(GradingIT.class).addAsLibraries(assertj);
    }

    @ArquillianResource
    URL base;

    @Inject
    SubmissionService submissions;
    @Inject
    SubmissionQueue queue;
    @Inject
    ExerciseCatalog catalog;
    @Inject
    Sandbox sandbox;
    @Inject
    GradingSettings settings;
    @Inject
    Enrolling enrolling;
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    // ---- submissions over REST -------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aSubmissionIsAcceptedQueuedAndGradedWithItsTestResults() {
        String token = newLearnerToken();

        String location = given().baseUri(api()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("source", HELLO_SOLUTION)).post(SAY_HELLO)
                .then().statusCode(202).header("Location", containsString("/submissions/"))
                .body("status", oneOf("QUEUED", "RUNNING", "GRADED")).body("maxScore", equalTo(10))
                .extract().header("Location");

        var graded = awaitFinished(token, location);
        assertThat(graded.get("status")).isEqualTo("GRADED");
        assertThat(graded.get("verdict")).isEqualTo("ACCEPTED");
        assertThat(graded.get("score")).isEqualTo(10);
        assertThat(graded.get("tests").toString()).contains("prints the two lines");
        given().baseUri(api()).auth().oauth2(token).queryParam("exercise", "python-first-steps/say-hello")
                .get("submissions").then().statusCode(200).body("status", hasItem("GRADED"));
    }

    @Test
    @RunAsClient
    void aWrongAnswerIsGradedWithWhatWasExpected() {
        String token = newLearnerToken();
        String location = Http.submit(api(), token, "print('Hello')\n").extract().header("Location");

        var graded = awaitFinished(token, location);

        assertThat(graded.get("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(graded.get("score")).isEqualTo(0);
    }

    @Test
    @RunAsClient
    void anotherLearnerCannotReadASubmissionAndLearnsNothingFromTrying() {
        String owner = newLearnerToken();
        String location = Http.submit(api(), owner, HELLO_SOLUTION).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().baseUri(api()).auth().oauth2(newLearnerToken()).get("submissions/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://coderise.org/problems/submission-not-found"));
        given().baseUri(api()).get("submissions/" + id).then().statusCode(401);
    }

    @Test
    @RunAsClient
    void aLearnerWhoSubmitsTooFastIsToldWhenToRetryAndNothingIsStored() {
        String token = newLearnerToken();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 15 && refused == 0; i++) {
            var response = Http.submit(api(), token, HELLO_SOLUTION).extract();
            if (response.statusCode() == 429) {
                refused++;
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.contentType()).contains("application/problem+json");
                assertThat(response.path("type").toString()).endsWith("/too-many-submissions");
            } else {
                assertThat(response.statusCode()).isEqualTo(202);
                accepted++;
            }
        }
        assertThat(refused).isEqualTo(1);
        int stored = given().baseUri(api()).auth().oauth2(token).queryParam("exercise", "python-first-steps/say-hello")
                .get("submissions").then().statusCode(200).extract().path("size()");
        assertThat(stored).isEqualTo(accepted);
    }

    @Test
    @RunAsClient
    void badInputIsAProblemAndStoresNothing() {
        String token = newLearnerToken();
        given().baseUri(api()).auth().oauth2(token).contentType("application/json").body("{\"source\": ")
                .post(SAY_HELLO).then().statusCode(400).contentType("application/problem+json");
        given().baseUri(api()).auth().oauth2(token).contentType("application/json").body(Map.of("source", "x"))
                .post("exercises/python-first-steps/no-such-exercise/submissions")
                .then().statusCode(404).body("type", equalTo("https://coderise.org/problems/unknown-exercise"));
        given().baseUri(api()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("source", "#".repeat(600_000))).post(SAY_HELLO)
                .then().statusCode(413).contentType("application/problem+json");
        given().baseUri(api()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("source", "#".repeat(300_000))).post(SAY_HELLO)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://coderise.org/problems/submission-too-large"))
                .body("detail", containsString("256 KB"));
        var files = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 25; i++) {
            files.add(Map.of("path", "f" + i + ".py", "content", "pass"));
        }
        given().baseUri(api()).auth().oauth2(token).contentType("application/json").body(Map.of("files", files))
                .post(SAY_HELLO).then().statusCode(413);
        given().baseUri(api()).auth().oauth2(token).contentType("text/plain").body("print(1)")
                .post(SAY_HELLO).then().statusCode(415).contentType("application/problem+json");
        given().baseUri(api()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("language", "cobol", "source", "x")).post("runs")
                .then().statusCode(400).body("type", equalTo("https://coderise.org/problems/unsupported-language"));

        given().baseUri(api()).auth().oauth2(token).queryParam("exercise", "python-first-steps/say-hello")
                .get("submissions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @RunAsClient
    void aLearnerNotEnrolledInTheCourseIsRefusedAndNothingIsStored() {
        String token = newAccountToken();

        Http.submit(api(), token, HELLO_SOLUTION).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://coderise.org/problems/not-enrolled"))
                .body("detail", containsString("python-first-steps"));

        given().baseUri(api()).auth().oauth2(token).queryParam("exercise", "python-first-steps/say-hello")
                .get("submissions").then().statusCode(200).body("size()", equalTo(0));
    }

    /**
     * Each round: three identical posts with one Idempotency-Key sent at the same instant (a double click, a retry
     * racing the original) store one submission, and all three answers name it. Then a retry later gives the same
     * answer, the key with other code is refused, and a malformed key is a problem.
     */
    @Test
    @RunAsClient
    void postsWithOneIdempotencyKeyStoreOneSubmissionEvenAtTheSameInstant() throws Exception {
        int rounds = 6;
        for (int round = 0; round < rounds; round++) {
            String token = newLearnerToken();
            String key = UUID.randomUUID().toString();
            var start = new CountDownLatch(1);
            var executor = Executors.newFixedThreadPool(3);
            try {
                var answers = new ArrayList<Future<String>>();
                for (int i = 0; i < 3; i++) {
                    answers.add(executor.submit(() -> {
                        start.await();
                        return Http.submit(api(), token, key, HELLO_SOLUTION).statusCode(202).extract().header("Location");
                    }));
                }
                start.countDown();
                var locations = new HashSet<String>();
                for (var answer : answers) {
                    locations.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertThat(locations).hasSize(1);
                assertThat(Http.submit(api(), token, key, HELLO_SOLUTION).statusCode(202).extract().header("Location"))
                        .isEqualTo(locations.iterator().next());
            } finally {
                executor.shutdownNow();
            }
            given().baseUri(api()).auth().oauth2(token).queryParam("exercise", "python-first-steps/say-hello")
                    .get("submissions").then().statusCode(200).body("size()", equalTo(1));
            if (round == 0) {
                Http.submit(api(), token, key, "print('other work')\n").statusCode(422)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://coderise.org/problems/idempotency-key-reused"));
                Http.submit(api(), token, "x".repeat(101), HELLO_SOLUTION).statusCode(400)
                        .body("type", equalTo("https://coderise.org/problems/invalid-submission"));
                Http.submit(api(), token, "two words", HELLO_SOLUTION).statusCode(400);
            }
        }
    }

    @Test
    @RunAsClient
    void aPlaygroundRunAnswersAtOnceWithTheProgramsOutput() {
        String token = newLearnerToken();
        given().baseUri(api()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("language", "python", "source", "print(input()[::-1])", "stdin", "olleh\n"))
                .post("runs").then().statusCode(200).body("verdict", equalTo("ACCEPTED"))
                .body("stdout", equalTo("hello\n"));
        given().baseUri(api()).auth().oauth2(token).get("runs").then().statusCode(200).body("size()", equalTo(1));
        given().baseUri(api()).get("languages").then().statusCode(200).body("id", hasItem("python"));
    }

    // ---- a lease taken over mid-run (inside the server) ------------------------------------------------------

    /**
     * A worker is still running a submission whose lease another node considers expired: the other node takes it
     * over and records the result; the first worker's late result is discarded. The program sleeps until a fixed
     * deadline, so the first run outlasts the takeover and the second run finishes quickly.
     */
    @Test
    void aLeaseThatExpiresMidRunIsTakenOverAndTheSubmissionIsGradedOnce() throws Exception {
        awaitEmptyQueue();
        long learner = 900_000_000L + (System.nanoTime() % 1_000_000);
        enrolling.enroll(learner, "python-first-steps");
        double deadline = System.currentTimeMillis() / 1000.0 + 4;
        String slow = "import time\ntime.sleep(max(0, " + deadline + " - time.time()))\n" + HELLO_SOLUTION;
        long id = submissions.submit(learner, "python-first-steps", "say-hello",
                new SubmittedFiles(List.of(new SubmittedFile("main.py", slow))), Optional.empty()).submissionId();
        awaitStatus(learner, id, SubmissionStatus.RUNNING);

        var expiredView = Clock.offset(Clock.systemUTC(), settings.lease().plusSeconds(1));
        var otherNode = new SubmissionQueue(dataSource, expiredView, settings.lease(), queue.strategy());
        var takeover = otherNode.claim("it-other-node").orElseThrow();
        var recorded = new ArrayList<RecordedGrade>();
        new Grader(otherNode, catalog, sandbox, settings.maxAttempts(), recorded::add).grade(takeover);

        assertThat(takeover.submissionId()).isEqualTo(id);
        assertThat(takeover.attempt()).isEqualTo(2);
        assertThat(recorded).hasSize(1);
        Submission graded = submissions.own(learner, id);
        assertThat(graded.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(graded.score()).contains(10);
        var finishedAt = graded.finishedAt().orElseThrow();

        Thread.sleep(3000);
        Submission later = submissions.own(learner, id);
        assertThat(later.finishedAt()).contains(finishedAt);
        assertThat(later.attempts()).isEqualTo(2);
        assertThat(queue.length()).isZero();
    }

    // ---- the Jobe protocol -------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void jobeListsItsLanguagesWithoutALogin() {
        given().baseUri(jobe()).get("languages").then().statusCode(200)
                .body("collect { it[0] }", hasItem("python3"))
                .body("collect { it[0] }", hasItem("java"))
                .body("collect { it[0] }", hasItem("c"))
                .body("collect { it[0] }", hasItem("nodejs"));
    }

    @Test
    @RunAsClient
    void jobeRunsEachLanguageWithStandardInput() {
        assertJobe("python3", "print(input().upper())", "shout\n", 15, "SHOUT\n");
        assertJobe("nodejs", "process.stdin.on('data', d => console.log(String(d).trim().toUpperCase()))", "shout\n",
                15, "SHOUT\n");
        assertJobe("java", "import java.util.Scanner;\npublic class Shout { public static void main(String[] a) {"
                + " System.out.println(new Scanner(System.in).nextLine().toUpperCase()); } }", "shout\n", 15, "SHOUT\n");
        assertJobe("c", "#include <stdio.h>\n#include <ctype.h>\nint main(void) { int c;"
                + " while ((c = getchar()) != EOF) putchar(toupper(c)); return 0; }", "shout\n", 15, "SHOUT\n");
    }

    @Test
    @RunAsClient
    void jobeReportsCompileErrorsWithTheCompilersMessage() {
        Http.jobeRun(jobe(), "java", "public class Broken { void f() { int x = } }", "").body("outcome", equalTo(11))
                .body("cmpinfo", containsString("Broken"));
        Http.jobeRun(jobe(), "c", "int main(void) { return x; }", "").body("outcome", equalTo(11))
                .body("cmpinfo", containsString("x"));
    }

    @Test
    @RunAsClient
    void jobeDecidesRuntimeErrorsByStandardErrorLikeJobe() {
        Http.jobeRun(jobe(), "python3", "raise ValueError('boom')", "").body("outcome", equalTo(12))
                .body("stderr", containsString("ValueError"));
        Http.jobeRun(jobe(), "python3", "import sys\nprint('quiet')\nsys.exit(3)", "").body("outcome", equalTo(15))
                .body("stdout", equalTo("quiet\n"));
        Http.jobeRun(jobe(), "nodejs", "throw new Error('boom')", "").body("outcome", equalTo(12));
    }

    @Test
    @RunAsClient
    void jobeStopsARunawayProgramAtItsCpuTime() {
        var spec = Map.of("run_spec", Map.of("language_id", "python3", "sourcecode", "while True: pass",
                "parameters", Map.of("cputime", 1)));
        given().baseUri(jobe()).contentType("application/json").body(spec).post("runs")
                .then().statusCode(200).body("outcome", equalTo(13));
    }

    @Test
    @RunAsClient
    void jobeUsesItsFileCacheLikeCodeRunner() {
        String id = "it" + UUID.randomUUID().toString().replace("-", "");
        var spec = Map.of("run_spec", Map.of("language_id", "python3",
                "sourcecode", "print(open('data.txt').read().split()[1])", "file_list", List.of(List.of(id, "data.txt"))));

        given().baseUri(jobe()).contentType("application/json").body(spec).post("runs").then().statusCode(404);
        given().baseUri(jobe()).head("files/" + id).then().statusCode(404);
        given().baseUri(jobe()).contentType("application/json")
                .body(Map.of("file_contents", Base64.getEncoder().encodeToString("alpha beta".getBytes())))
                .put("files/" + id).then().statusCode(204);
        given().baseUri(jobe()).head("files/" + id).then().statusCode(204);
        given().baseUri(jobe()).contentType("application/json").body(spec).post("runs/")
                .then().statusCode(200).body("outcome", equalTo(15)).body("stdout", equalTo("beta\n"));
        given().baseUri(jobe()).contentType("application/json").body(Map.of("file_contents", "%%%"))
                .put("files/" + id).then().statusCode(400);
        given().baseUri(jobe()).get("runs").then().statusCode(405);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private String api() {
        return root() + "api/v1/";
    }

    private String jobe() {
        return root() + "jobe/index.php/restapi/";
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * The client calls that return RestAssured types. Kept out of the test class's own signatures: the class is also
     * loaded inside the server (for the lease test), where RestAssured is absent.
     */
    static final class Http {
        private Http() {
        }

        static ValidatableResponse submit(String api, String token, String source) {
            return given().baseUri(api).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("source", source)).post(SAY_HELLO).then();
        }

        static ValidatableResponse submit(String api, String token, String idempotencyKey, String source) {
            return given().baseUri(api).auth().oauth2(token).contentType("application/json")
                    .header("Idempotency-Key", idempotencyKey).body(Map.of("source", source)).post(SAY_HELLO).then();
        }

        static ValidatableResponse jobeRun(String jobe, String language, String source, String input) {
            var spec = Map.of("run_spec", Map.of("language_id", language, "sourcecode", source, "input", input));
            return given().baseUri(jobe).contentType("application/json").body(spec).post("runs")
                    .then().statusCode(200).body("cmpinfo", notNullValue());
        }
    }

    @Test
    @RunAsClient
    void anAdministratorSeesTheGraderStatusAndALearnerDoesNot() {
        String admin = given().baseUri(api()).contentType("application/json")
                .body(Map.of("email", "admin@coderise.test", "password", DEMO_PASSWORD))
                .post("auth/tokens").then().statusCode(201).extract().path("token");
        given().baseUri(api()).auth().oauth2(admin).get("grading/status").then().statusCode(200)
                .body("sandboxReady", equalTo(true)).body("queueLength", notNullValue())
                .body("protections", not(empty()));
        given().baseUri(api()).auth().oauth2(newLearnerToken()).get("grading/status").then().statusCode(403);
    }

    /** A fresh learner account, so tests never share rate limits or submissions. */
    /** A new learner enrolled in the Python course. */
    private String newLearnerToken() {
        String token = newAccountToken();
        given().baseUri(api()).auth().oauth2(token).put("enrollments/python-first-steps").then().statusCode(200);
        return token;
    }

    private String newAccountToken() {
        String email = "grading-" + UUID.randomUUID() + "@coderise.test";
        given().baseUri(api()).contentType("application/json")
                .body(Map.of("displayName", "Grading IT", "email", email, "password", DEMO_PASSWORD + "-long-enough",
                        "language", "en", "country", "KE", "demographicsConsent", false))
                .post("accounts").then().statusCode(201);
        return given().baseUri(api()).contentType("application/json")
                .body(Map.of("email", email, "password", DEMO_PASSWORD + "-long-enough"))
                .post("auth/tokens").then().statusCode(201).extract().path("token");
    }


    private Map<String, Object> awaitFinished(String token, String location) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Map<String, Object> view = given().auth().oauth2(token).get(location).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            if ("QUEUED".equals(view.get("status"))) {
                assertThat((Integer) view.get("queuePosition")).isPositive();
            }
            if ("GRADED".equals(view.get("status")) || "FAILED".equals(view.get("status"))) {
                return view;
            }
            pause(50);
        }
        throw new AssertionError("Not graded within a minute: " + location);
    }


    private void assertJobe(String language, String source, String input, int outcome, String stdout) {
        Http.jobeRun(jobe(), language, source, input).body("outcome", equalTo(outcome)).body("stdout", equalTo(stdout));
    }

    private void awaitEmptyQueue() {
        long until = System.currentTimeMillis() + 60_000;
        while (queue.length() > 0 && System.currentTimeMillis() < until) {
            pause(50);
        }
    }

    private void awaitStatus(long learner, long id, SubmissionStatus status) {
        long until = System.currentTimeMillis() + Duration.ofSeconds(30).toMillis();
        while (submissions.own(learner, id).status() != status && System.currentTimeMillis() < until) {
            pause(20);
        }
        assertThat(submissions.own(learner, id).status()).isEqualTo(status);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
