package org.coderise.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity as API clients and operators meet it, against the real WAR on H2 or MariaDB: registration and its bad
 * input, tokens, roles, throttling, health. Each test registers its own people (emails unique per run, because the
 * MariaDB test database outlives a run); the demo accounts (CODERISE_DEMO=true in the failsafe configuration) are
 * used only read-only or to act as admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {
    private static final String PASSWORD = "a long enough passphrase";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final String PROBLEMS = "https://coderise.org/problems/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private RequestSpecification api() {
        return given().baseUri(base.toString()).basePath("api/v1").contentType(ContentType.JSON);
    }

    private RequestSpecification server() {
        return given().baseUri(base.toString().replaceFirst("/coderise/?$", "/"));
    }

    private static String newEmail() {
        return "learner-" + RUN + "-" + PEOPLE.incrementAndGet() + "@example.org";
    }

    private static Map<String, Object> registration(String email, String password) {
        return Map.of("displayName", "Grace Wanjiku", "email", email, "password", password, "country", "KE",
                "language", "en");
    }

    private long register(String email) {
        return api().body(registration(email, PASSWORD)).post("accounts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String token(String email, String password) {
        return api().body(Map.of("email", email, "password", password)).post("auth/tokens")
                .then().statusCode(201).extract().path("token");
    }

    @Test
    void registersALearner() {
        String email = newEmail();
        api().body(registration(email, PASSWORD)).post("accounts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/me"))
                .body("email", equalTo(email))
                .body("roles", equalTo(List.of("LEARNER")))
                .body("country", equalTo("KE"));
    }

    @Test
    void registrationWithAnInviteCodeJoinsTheCohort() {
        String email = newEmail();
        var form = new HashMap<>(registration(email, PASSWORD));
        form.put("inviteCode", "demo-2026");
        api().body(form).post("accounts").then().statusCode(201);
        api().auth().oauth2(token(email, PASSWORD)).get("me")
                .then().statusCode(200).body("cohortIds", not(empty()));
    }

    @Test
    void refusesASecondAccountForTheSameEmailInAnyCase() {
        String email = newEmail();
        register(email);
        api().body(registration(email.toUpperCase(), PASSWORD)).post("accounts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "duplicate-email"))
                .body("status", equalTo(409))
                .body("title", notNullValue());
    }

    @Test
    void refusesAWeakPasswordAndWritesNothing() {
        String email = newEmail();
        api().body(registration(email, "password123")).post("accounts")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "weak-password"))
                .body("detail", containsString("attackers"));
        register(email);
    }

    @Test
    void refusesAMalformedEmail() {
        api().body(registration("grace.example.org", PASSWORD)).post("accounts")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-email"));
    }

    @Test
    void refusesAnUnknownInviteCodeAndWritesNothing() {
        String email = newEmail();
        var form = new HashMap<>(registration(email, PASSWORD));
        form.put("inviteCode", "NO-SUCH-CODE");
        api().body(form).post("accounts")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "unknown-invite-code"))
                .body("detail", containsString("NO-SUCH-CODE"));
        register(email);
    }

    @Test
    void listsEveryMissingFieldOfARegistration() {
        api().body("{}").post("accounts")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("errors.field", hasItems("displayName", "email", "password", "country"));
    }

    @Test
    void answersMalformedJsonWithAProblemNotAStackTrace() {
        api().body("{\"email\": ").post("accounts")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void answersHttpErrorsAsProblems() {
        api().contentType(ContentType.TEXT).body("hello").post("accounts")
                .then().statusCode(415).body("type", equalTo(PROBLEMS + "unsupported-media-type"));
        api().put("me").then().statusCode(405).body("type", equalTo(PROBLEMS + "method-not-allowed"));
        api().get("no-such-thing").then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void exchangesEmailAndPasswordForATokenThatOpensMe() {
        String email = newEmail();
        long id = register(email);
        String token = token(email.toUpperCase(), PASSWORD);
        api().auth().oauth2(token).get("me")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("email", equalTo(email))
                .body("roles", hasItem("LEARNER"));
    }

    @Test
    void refusesATokenForAWrongPassword() {
        String email = newEmail();
        register(email);
        api().body(Map.of("email", email, "password", "not the password")).post("auth/tokens")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "invalid-credentials"));
    }

    @Test
    void meWithoutATokenAsksForOne() {
        api().get("me")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo(PROBLEMS + "authentication-required"));
    }

    @Test
    void aRevokedTokenOpensNothingWhileTheOthersStillWork() {
        String email = newEmail();
        register(email);
        String kept = token(email, PASSWORD);
        var revoked = api().body(Map.of("email", email, "password", PASSWORD, "name", "old laptop"))
                .post("auth/tokens").then().statusCode(201).extract().jsonPath();
        api().auth().oauth2(kept).get("auth/tokens")
                .then().statusCode(200)
                .body("name", hasItems("API", "old laptop"))
                .body("[0]", not(hasKey("token")));
        api().auth().oauth2(kept).delete("auth/tokens/" + revoked.getLong("id")).then().statusCode(204);
        api().auth().oauth2(revoked.getString("token")).get("me")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "invalid-token"));
        api().auth().oauth2(kept).get("me").then().statusCode(200);
    }

    @Test
    void anUnknownTokenIsRefused() {
        api().auth().oauth2("crt_not-a-real-token").get("me")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "invalid-token"));
    }

    @Test
    void aLearnerIsForbiddenTheAdminEndpoints() {
        String email = newEmail();
        register(email);
        api().auth().oauth2(token(email, PASSWORD)).get("admin/users")
                .then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void anAdminGrantsARoleThatTakesEffectAtOnce() {
        String email = newEmail();
        long id = register(email);
        String learner = token(email, PASSWORD);
        String admin = token("admin@coderise.test", "coderise-demo");
        api().auth().oauth2(admin).get("admin/users?q=" + email)
                .then().statusCode(200).body("id", equalTo(List.of((int) id)));
        api().auth().oauth2(admin).put("admin/users/" + id + "/roles/MENTOR")
                .then().statusCode(200).body("roles", hasItems("LEARNER", "MENTOR"));
        api().auth().oauth2(learner).get("me").then().body("roles", hasItem("MENTOR"));
    }

    @Test
    void anAdminAssignsAndRemovesACohortsMentor() {
        String admin = token("admin@coderise.test", "coderise-demo");
        Map<String, Object> joining = new HashMap<>(registration(newEmail(), PASSWORD));
        joining.put("inviteCode", "DEMO-2026");
        api().body(joining).post("accounts").then().statusCode(201);
        String learner = token((String) joining.get("email"), PASSWORD);
        long cohort = api().auth().oauth2(learner).get("me").then().extract().jsonPath().getLong("cohortIds[0]");
        String mentorEmail = newEmail();
        long mentor = register(mentorEmail);
        String mentorToken = token(mentorEmail, PASSWORD);
        String mentors = "admin/cohorts/" + cohort + "/mentors/";

        api().auth().oauth2(admin).put(mentors + mentor).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-a-mentor"));
        api().auth().oauth2(admin).put("admin/users/" + mentor + "/roles/MENTOR").then().statusCode(200);
        api().auth().oauth2(admin).put(mentors + mentor).then().statusCode(200);
        api().auth().oauth2(admin).put(mentors + mentor).then().statusCode(200);
        api().auth().oauth2(mentorToken).get("me").then().body("cohortIds", equalTo(List.of((int) cohort)));
        api().auth().oauth2(admin).get(mentors).then().body("id", hasItem((int) mentor));
        api().auth().oauth2(learner).put(mentors + mentor).then().statusCode(403);
        api().auth().oauth2(admin).put("admin/cohorts/999999999/mentors/" + mentor).then().statusCode(404);

        api().auth().oauth2(admin).delete(mentors + mentor).then().statusCode(204);
        api().auth().oauth2(mentorToken).get("me").then().body("cohortIds", empty());
    }

    @Test
    void anAdminCannotRevokeTheirOwnAdminRole() {
        String admin = token("admin@coderise.test", "coderise-demo");
        int adminId = api().auth().oauth2(admin).get("me").then().extract().path("id");
        api().auth().oauth2(admin).delete("admin/users/" + adminId + "/roles/ADMIN")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "own-admin-role"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        String email = newEmail();
        register(email);
        for (int i = 0; i < 5; i++) {
            api().body(Map.of("email", email, "password", "guess number " + i)).post("auth/tokens")
                    .then().statusCode(401);
        }
        api().body(Map.of("email", email, "password", PASSWORD)).post("auth/tokens")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo(PROBLEMS + "login-throttled"));
    }

    @Test
    void servesTheLandingPageToAnonymousVisitors() {
        given().baseUri(base.toString()).get("index.xhtml").then().statusCode(200)
                .body(containsString("CodeRise"));
    }

    @Test
    void isLiveAndReadyWithTheDatabase() {
        server().get("health/live").then().statusCode(200).body("status", equalTo("UP"));
        server().get("health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void describesTheApiInOpenApi() {
        server().accept("application/json").get("openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/auth/tokens", "/api/v1/me", "/api/v1/accounts"));
    }

    @Test
    void countsRegistrationsAndLogins() {
        register(newEmail());
        server().get("metrics?scope=application")
                .then().statusCode(200)
                .body(containsString("coderise_registrations_total"))
                .body(containsString("coderise_logins_total"));
    }

    @Test
    void sendsAnonymousVisitorsOfProtectedPagesToTheLoginPage() {
        given().baseUri(base.toString()).redirects().follow(false).get("home.xhtml")
                .then().statusCode(302).header("Location", containsString("login.xhtml?next="));
        given().baseUri(base.toString()).get("login.xhtml")
                .then().statusCode(200).body(containsString("loginForm:email"));
    }
}
