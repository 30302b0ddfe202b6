package org.coderise.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URL;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.coderise.Deployments;
import org.coderise.review.application.Caller;
import org.coderise.review.application.MentorQueue;
import org.coderise.review.application.MentorReviewing;
import org.coderise.review.domain.AlreadyClaimedException;
import org.coderise.review.domain.ClaimRequiredException;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.infrastructure.ReviewRequests;
import org.coderise.shared.domain.UtcTime;
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
 * Mentor review through the real WAR. Most tests are HTTP clients playing a learner (with a graded capstone of the
 * demo cohort), mentors of that cohort, a mentor of no cohort and the demo admin. Claim races and expiry run inside
 * the server, where many claims can start at once and a claim can be made to lapse without waiting an hour.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {
    private static final String DEMO_COHORT = "DEMO-2026";
    private static final String COURSE = "python-first-steps";
    private static final String CAPSTONE = "savings-group-report";
    private static final String PROBLEMS = "https://coderise.org/problems/";
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @Deployment
    static WebArchive deployment() {
        File[] assertj = Maven.configureResolver().workOffline().resolve("org.assertj:assertj-core:3.27.7")
                .withoutTransitivity().asFile();
        return Deployments.application().addClasses(ReviewIT.class, ReviewApi.class, ReviewApi.Person.class)
                .addAsLibraries(assertj);
    }

    @ArquillianResource
    URL base;

    @Inject
    MentorQueue queue;
    @Inject
    MentorReviewing reviewing;
    @Inject
    ReviewRequests requests;
    @Resource
    UserTransaction transaction;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    // ---- the whole flow over REST ------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void aGradedCapstoneIsQueuedCommentedOnLine3AndDecidedWithTheLearnerNotified() throws Exception {
        ReviewApi.Person learner = api().register("Ada Review", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        long reviewId = api().gradedCapstoneInQueue(learner, mentor);

        given().baseUri(api().url()).auth().oauth2(mentor.token()).get("reviews/queue").then().statusCode(200)
                .body("find { it.id == " + reviewId + " }.learnerName", equalTo("Ada Review"))
                .body("find { it.id == " + reviewId + " }.kind", equalTo("CAPSTONE"))
                .body(not(containsString(learner.email())));
        api().claim(mentor, reviewId).then().statusCode(200);
        api().comment(mentor, reviewId, 3, "Name this **total**").then().statusCode(201).body("line", equalTo(3));
        api().decide(mentor, reviewId, "CHANGES_REQUESTED", "Nearly there").then().statusCode(200)
                .body("status", equalTo("DECIDED"));

        given().baseUri(api().url()).auth().oauth2(learner.token()).get("reviews/notifications").then().statusCode(200)
                .body("unread", equalTo(1)).body("items[0].kind", equalTo("CHANGES_REQUESTED"))
                .body("items[0].reviewId", equalTo((int) reviewId));
        given().baseUri(api().url()).auth().oauth2(learner.token()).queryParam("course", COURSE)
                .queryParam("exercise", CAPSTONE).get("reviews/mine").then().statusCode(200)
                .body("[0].decision", equalTo("CHANGES_REQUESTED"))
                .body("[0].comments[0].line", equalTo(3))
                .body("[0].comments[0].html", containsString("<strong>total</strong>"));
        given().baseUri(api().url()).auth().oauth2(learner.token()).post("reviews/notifications/read").then().statusCode(204);
        given().baseUri(api().url()).auth().oauth2(learner.token()).get("reviews/notifications").then().body("unread", equalTo(0));
    }

    @Test
    @RunAsClient
    void aResubmissionIsReviewedAgainAgainstThePreviousAttemptAndApprovalCompletesTheCapstone() throws Exception {
        ReviewApi.Person learner = api().register("Grace Resubmit", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        long first = api().gradedCapstoneInQueue(learner, mentor);
        api().claim(mentor, first).then().statusCode(200);
        api().decide(mentor, first, "CHANGES_REQUESTED", null).then().statusCode(200);

        given().baseUri(api().url()).auth().oauth2(learner.token()).get("enrollments/" + COURSE).then().statusCode(200)
                .body("doneItems", equalTo(0));
        long second = api().gradedCapstoneInQueue(learner, mentor);
        var detail = given().baseUri(api().url()).auth().oauth2(mentor.token()).get("reviews/" + second).then().statusCode(200)
                .extract().jsonPath();
        assertThat(detail.getLong("previousSubmissionId")).isPositive();
        api().claim(mentor, second).then().statusCode(200);
        api().decide(mentor, second, "APPROVED", "Well done").then().statusCode(200).body("decision", equalTo("APPROVED"));

        given().baseUri(api().url()).auth().oauth2(learner.token()).get("enrollments/" + COURSE).then().statusCode(200)
                .body("doneItems", equalTo(1));
    }

    @Test
    @RunAsClient
    void aMentorOutsideTheCohortCannotSeeOrActAndTheQueueHidesIt() throws Exception {
        ReviewApi.Person learner = api().register("Hedy Cohort", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        ReviewApi.Person outsider = api().mentor(null);
        long reviewId = api().gradedCapstoneInQueue(learner, mentor);

        given().baseUri(api().url()).auth().oauth2(outsider.token()).get("reviews/" + reviewId).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "review-outside-cohorts"));
        api().claim(outsider, reviewId).then().statusCode(403);
        given().baseUri(api().url()).auth().oauth2(outsider.token()).get("reviews/queue").then().statusCode(200)
                .body("id", not(org.hamcrest.Matchers.hasItem((int) reviewId)));
        given().baseUri(api().url()).auth().oauth2(learner.token()).get("reviews/queue").then().statusCode(403);
        given().baseUri(api().url()).auth().oauth2(learner.token()).get("reviews/" + reviewId).then().statusCode(403);
    }

    @Test
    @RunAsClient
    void badInputIsRefusedClearlyAndWritesNothing() throws Exception {
        ReviewApi.Person learner = api().register("Karen Input", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        ReviewApi.Person other = api().mentor(DEMO_COHORT);
        long reviewId = api().gradedCapstoneInQueue(learner, mentor);

        api().comment(mentor, reviewId, 3, "Before claiming").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "review-claim-required"));
        api().claim(mentor, reviewId).then().statusCode(200);
        api().claim(other, reviewId).then().statusCode(409).body("type", equalTo(PROBLEMS + "review-already-claimed"));
        api().comment(mentor, reviewId, 9999, "Nowhere").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "review-line-out-of-range"))
                .body("detail", containsString("9999"));
        api().comment(mentor, reviewId, 2, "   ").then().statusCode(400).body("type", equalTo(PROBLEMS + "review-empty-comment"));
        api().decide(mentor, reviewId, "", "No decision").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "review-decision-missing"));
        api().decide(mentor, reviewId, "ANSWERED", null).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "review-decision-not-allowed"));
        api().comment(mentor, reviewId, 1, "<script>alert('x')</script><b onclick=\"x()\">hi</b> [a](javascript:x)")
                .then().statusCode(201).body("html", not(containsString("<script")))
                .body("html", not(containsString("<b onclick"))).body("html", not(containsString("href")));

        var review = given().baseUri(api().url()).auth().oauth2(mentor.token()).get("reviews/" + reviewId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(review.getList("review.comments")).hasSize(1);
        assertThat(review.getString("review.status")).isEqualTo("OPEN");
        assertThat(review.getString("review.decision")).isNull();
    }

    @Test
    @RunAsClient
    void aLearnerRepliesOnceReportsACommentAndTheAuditLogHasEveryMentorAndAdminAction() throws Exception {
        ReviewApi.Person learner = api().register("Lin Reply", DEMO_COHORT);
        ReviewApi.Person stranger = api().register("Other Learner", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        ReviewApi.Person admin = api().login("admin@coderise.test", ReviewApi.DEMO_PASSWORD);
        long reviewId = api().gradedCapstoneInQueue(learner, mentor);
        api().claim(mentor, reviewId).then().statusCode(200);
        long commentId = api().comment(mentor, reviewId, 3, "Why this name?").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api().decide(mentor, reviewId, "CHANGES_REQUESTED", null).then().statusCode(200);

        api().reply(stranger, commentId).then().statusCode(404);
        api().reply(learner, commentId).then().statusCode(200).body("replyHtml", containsString("Because"));
        api().reply(learner, commentId).then().statusCode(409).body("type", equalTo(PROBLEMS + "review-already-replied"));
        given().baseUri(api().url()).auth().oauth2(learner.token()).contentType("application/json")
                .body(Map.of("reason", "Unkind")).post("reviews/comments/" + commentId + "/reports").then().statusCode(201);

        long reportId = given().baseUri(api().url()).auth().oauth2(admin.token()).get("reviews/admin/reports").then()
                .statusCode(200).extract().jsonPath().getLong("find { it.commentId == " + commentId + " }.id");
        given().baseUri(api().url()).auth().oauth2(admin.token()).post("reviews/admin/reports/" + reportId + "/hide")
                .then().statusCode(204);
        given().baseUri(api().url()).auth().oauth2(learner.token()).queryParam("course", COURSE)
                .queryParam("exercise", CAPSTONE).get("reviews/mine").then().body("[0].comments.size()", equalTo(0));
        given().baseUri(api().url()).auth().oauth2(mentor.token()).get("reviews/admin/audit").then().statusCode(403);
        List<String> actions = given().baseUri(api().url()).auth().oauth2(admin.token()).queryParam("review", reviewId)
                .get("reviews/admin/audit").then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(actions).containsSubsequence("CLAIMED", "COMMENTED", "DECIDED", "COMMENT_HIDDEN");
    }

    @Test
    @RunAsClient
    void turnaroundFiguresCountFirstResponsesAndTheBacklog() throws Exception {
        ReviewApi.Person learner = api().register("Mae Figures", DEMO_COHORT);
        ReviewApi.Person mentor = api().mentor(DEMO_COHORT);
        ReviewApi.Person manager = api().login("manager@coderise.test", ReviewApi.DEMO_PASSWORD);
        long reviewId = api().gradedCapstoneInQueue(learner, mentor);
        api().claim(mentor, reviewId).then().statusCode(200);
        api().decide(mentor, reviewId, "APPROVED", null).then().statusCode(200);

        given().baseUri(api().url()).auth().oauth2(mentor.token()).get("reviews/turnaround").then().statusCode(200)
                .body("targetHours", equalTo(48)).body("byMentor.key", org.hamcrest.Matchers.hasItem(mentor.name()))
                .body("overall.medianMinutes", org.hamcrest.Matchers.notNullValue());
        given().baseUri(api().url()).auth().oauth2(manager.token()).get("reviews/turnaround").then().statusCode(200)
                .body("overall.responded", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().baseUri(api().url()).auth().oauth2(learner.token()).get("reviews/turnaround").then().statusCode(403);
    }

    // ---- claims inside the server ---------------------------------------------------------------------------

    @Test
    void twoMentorsClaimingAtOnceNeverBothHoldTheClaim() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(newRequest());
        }
        Caller first = admin();
        Caller second = admin();
        int wins = 0;
        for (long id : ids) {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> a = executor.submit(() -> claimAfter(start, first, id));
            Future<Boolean> b = executor.submit(() -> claimAfter(start, second, id));
            boolean wonA = a.get();
            boolean wonB = b.get();
            assertThat(wonA ^ wonB).as("exactly one claim on request %d", id).isTrue();
            wins++;
        }
        assertThat(wins).isEqualTo(20);
    }

    @Test
    void anExpiredClaimLetsAnotherMentorTakeOverAndTheFormerHolderCanNoLongerAct() throws Exception {
        long id = newRequest();
        Caller absent = admin();
        Caller next = admin();
        queue.claim(absent, id);
        assertThatThrownBy(() -> queue.claim(next, id)).isInstanceOf(AlreadyClaimedException.class);

        try (var connection = dataSource.getConnection();
                var lapse = connection.prepareStatement("UPDATE review_requests SET claim_expires_at = ? WHERE id = ?")) {
            lapse.setTimestamp(1, Timestamp.valueOf(UtcTime.now().minusMinutes(1)));
            lapse.setLong(2, id);
            assertThat(lapse.executeUpdate()).isEqualTo(1);
        }

        ReviewRequest taken = queue.claim(next, id);
        assertThat(taken.claimant(UtcTime.now())).contains(next.id());
        assertThatThrownBy(() -> queue.release(absent, id)).isInstanceOf(ClaimRequiredException.class);
    }

    private ReviewApi api() {
        return new ReviewApi(base);
    }

    private boolean claimAfter(CyclicBarrier start, Caller mentor, long id) throws Exception {
        start.await();
        try {
            queue.claim(mentor, id);
            return true;
        } catch (AlreadyClaimedException e) {
            return false;
        }
    }

    /** An open question from a learner of no cohort: only admins may work it, so no identity lookups are needed. */
    private long newRequest() throws Exception {
        transaction.begin();
        long id = requests.add(ReviewRequest.question(new ReviewRequest.Subject(IDS.incrementAndGet(), null,
                IDS.incrementAndGet(), null, COURSE, CAPSTONE), "Why does my loop stop?", UtcTime.now())).id();
        transaction.commit();
        return id;
    }

    private static Caller admin() {
        return new Caller(IDS.incrementAndGet(), false, true, false);
    }
}
