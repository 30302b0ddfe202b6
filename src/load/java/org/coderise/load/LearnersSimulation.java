package org.coderise.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Set;

/**
 * Learners signed in at the same time, each in a loop a learner follows: my learning, a lesson (reading), the
 * exercise (typing), Run now and then, Submit less often and then poll the result every second until it is graded.
 * <p>
 * Pages are the real Jakarta Faces pages with the session cookie (sign-in through the login form); Run and Submit use
 * the REST API with the learner's token, as the API clients and the tests do. Report groups (what {@code ramp.sh}
 * reads from Gatling's {@code stats.json}; renaming one breaks it): {@code pages} (every page request, each alone in
 * the group), {@code run} (one Run), {@code submit-to-result} (from the POST to the poll that sees it graded, pauses
 * included, as {@code useGroupDurationMetric} is on in gatling.conf).
 */
public class LearnersSimulation extends Simulation {
    private static final Set<String> FINISHED = Set.of("GRADED", "FAILED");
    private static final int MAX_POLLS = 180;
    private static final String PAGES = "pages";

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.url())
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en")
                .userAgentHeader("CodeRise load test (Gatling)");
        setUp(learners().injectClosed(
                rampConcurrentUsers(0).to(settings.users()).during(settings.ramp()),
                constantConcurrentUsers(settings.users()).during(settings.duration())))
                .protocols(protocol)
                .maxDuration(settings.ramp().plus(settings.duration()));
    }

    private ScenarioBuilder learners() {
        return scenario("learners")
                .feed(listFeeder(LearnerAccounts.prepare(settings)).circular())
                .exec(signIn())
                .exec(during(settings.ramp().plus(settings.duration())).on(study()));
    }

    /** The login form, as a browser posts it: the view state from the page, then the redirect to home. */
    private static ChainBuilder signIn() {
        return group(PAGES).on(exec(http("login page").get("login.xhtml")
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))))
                .exec(group(PAGES).on(exec(http("sign in").post("login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:next", "")
                        .formParam("loginForm:email", "#{email}")
                        .formParam("loginForm:password", "#{password}")
                        .formParam("loginForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), css("#loginForm").notExists()))));
    }

    private ChainBuilder study() {
        String item = "learn/%s.xhtml?course=" + LoadSettings.COURSE + "&item=%s";
        return exec(page("my learning", "learn/index.xhtml"))
                .exec(think())
                .exec(page("lesson", item.formatted("lesson", LoadSettings.LESSON)))
                .exec(think())
                .exec(page("exercise", item.formatted("exercise", LoadSettings.EXERCISE)))
                .exec(think())
                .exec(randomSwitch().on(percent(60.0).then(run())))
                .exec(think())
                .exec(randomSwitch().on(percent(35.0).then(submitAndWait())))
                .exec(think());
    }

    /** A page of a signed-in learner: a 200 that is not the login form (a lost session would show it). */
    private static ChainBuilder page(String name, String path) {
        return group(PAGES).on(exec(http(name).get(path).check(status().is(200), css("#loginForm").notExists())));
    }

    private static ChainBuilder run() {
        return group("run").on(exec(http("run").post("api/v1/runs")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/json")
                .body(StringBody(json("{\"language\":\"python\",\"stdin\":\"3\\n4\\n\",\"source\":%s}")))
                .check(status().is(200), jsonPath("$.verdict").exists())));
    }

    private static ChainBuilder submitAndWait() {
        String path = "api/v1/exercises/" + LoadSettings.COURSE + "/" + LoadSettings.EXERCISE + "/submissions";
        return group("submit-to-result").on(exec(session -> session.set("status", "ACCEPTED").set("polls", 0))
                .exec(http("submit").post(path)
                        .header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json")
                        .body(StringBody(json("{\"source\":%s}")))
                        .check(status().is(202), jsonPath("$.id").saveAs("submission"), jsonPath("$.status").saveAs("status")))
                .exec(asLongAs(session -> !session.isFailed() && !FINISHED.contains(session.getString("status"))
                        && session.getInt("polls") < MAX_POLLS).on(
                        pause(Duration.ofSeconds(1))
                                .exec(http("result").get("api/v1/submissions/#{submission}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200), jsonPath("$.status").saveAs("status")))
                                .exec(session -> session.set("polls", session.getInt("polls") + 1))))
                .exec(session -> FINISHED.contains(session.getString("status")) ? session : session.markAsFailed()));
    }

    private ChainBuilder think() {
        return exec(pause(settings.thinkMin(), settings.thinkMax()));
    }

    private static String json(String template) {
        String source = LoadSettings.SOLUTION.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return template.formatted("\"" + source + "\"");
    }
}
