package org.coderise.review.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The path in two browsers: a learner's capstone reaches the demo mentor's queue; the mentor claims it,
 * comments on line 3 and requests changes; the learner follows the bell to the comment at line 3 and resubmits; the
 * mentor approves; the learner's course shows the capstone done. Submissions go over the API (the exercise page is
 * learning's and has its own browser test).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false")
class ReviewBrowserIT {
    private static final String COURSE = "python-first-steps";
    private static final String CAPSTONE = "savings-group-report";
    private static final Path SOLUTION =
            Path.of("courses/python-first-steps/07-files-project/06-savings-group-report/solution/main.py");
    private static final String PASSWORD = "coderise-demo-long-enough";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMentorCommentsOnLine3RequestsChangesThenApprovesTheResubmission() throws Exception {
        String learnerName = "Browser Learner " + UUID.randomUUID().toString().substring(0, 6);
        String email = "review-browser-" + UUID.randomUUID() + "@coderise.test";
        String token = registerLearner(learnerName, email);
        String code = Files.readString(SOLUTION);
        submit(token, code);

        try (var mentor = new Session(base); var learner = new Session(base)) {
            mentor.signIn("mentor@coderise.test", "coderise-demo");
            long firstReview = mentor.claimFromQueue(learnerName);
            mentor.commentOnLine(3, "Give this variable a name that says what it holds.");
            assertThat(mentor.text(By.id("line-0-3"))).contains("Give this variable a name");
            mentor.decide("CHANGES_REQUESTED");

            learner.signIn(email, PASSWORD);
            assertThat(learner.text(By.id("navNotifications"))).contains("1");
            learner.open("notifications.xhtml");
            learner.click(By.cssSelector("#notifications a"));
            learner.waitFor(By.id("myReviewTitle"));
            assertThat(learner.text(By.id("r" + firstReview + "-line-0-3"))).contains("Give this variable a name");

            submit(token, code.replaceFirst("\n", "\n# totals by member\n"));
            mentor.claimFromQueue(learnerName);
            mentor.decide("APPROVED");

            learner.open("course.xhtml?id=" + COURSE);
            assertThat(learner.driver.findElements(By.xpath("//li[contains(@class,'item-done')]//a[contains(@href,'"
                    + CAPSTONE + "')]"))).isNotEmpty();
        }
    }

    private String api() {
        return base.toString() + "api/v1/";
    }

    private String registerLearner(String name, String email) {
        given().baseUri(api()).contentType("application/json").body(Map.of("displayName", name, "email", email,
                "password", PASSWORD, "language", "en", "country", "KE", "demographicsConsent", false,
                "inviteCode", "DEMO-2026")).post("accounts").then().statusCode(201);
        String token = given().baseUri(api()).contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD)).post("auth/tokens").then().statusCode(201)
                .extract().path("token");
        given().baseUri(api()).auth().oauth2(token).put("enrollments/" + COURSE).then().statusCode(200);
        return token;
    }

    private void submit(String token, String source) {
        given().baseUri(api()).auth().oauth2(token).contentType("application/json").body(Map.of("source", source))
                .post("exercises/" + COURSE + "/" + CAPSTONE + "/submissions").then().statusCode(202);
    }

    /** One person's headless chromium (Debian's, with its driver: Selenium downloads nothing). */
    private static final class Session implements AutoCloseable {
        final WebDriver driver;
        final String base;

        Session(URL base) {
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--window-size=1280,1600");
            this.driver = new ChromeDriver(service, options);
            this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        }

        void open(String path) {
            driver.get(base + path);
        }

        void signIn(String email, String password) {
            open("login.xhtml");
            driver.findElement(By.id("loginForm:email")).sendKeys(email);
            driver.findElement(By.id("loginForm:password")).sendKeys(password);
            click(By.id("loginForm:submit"));
            waitUpTo(20).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        }

        /** Waits (grading takes seconds) until the learner's capstone is in the queue, claims it, returns its id. */
        long claimFromQueue(String learnerName) throws InterruptedException {
            By claim = By.xpath("//tr[td[contains(., '" + learnerName + "')]]//button[contains(@id, ':claim')]");
            long until = System.currentTimeMillis() + 90_000;
            while (driver.findElements(claim).isEmpty()) {
                assertThat(System.currentTimeMillis()).as("capstone in the queue within 90 s").isLessThan(until);
                Thread.sleep(1000);
                open("mentor/queue.xhtml");
            }
            click(claim);
            waitFor(By.id("commentForm:body"));
            String url = driver.getCurrentUrl();
            return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
        }

        void commentOnLine(int line, String text) {
            new Select(driver.findElement(By.id("commentForm:file"))).selectByVisibleText("main.py");
            driver.findElement(By.id("commentForm:line")).sendKeys(String.valueOf(line));
            driver.findElement(By.id("commentForm:body")).sendKeys(text);
            click(By.id("commentForm:addComment"));
            waitFor(By.cssSelector("#line-0-" + line + " .review-comment"));
        }

        void decide(String decision) {
            click(By.xpath("//input[@name='decisionForm:decision' and @value='" + decision + "']"));
            click(By.id("decisionForm:decide"));
            waitFor(By.id("queueTitle"));
        }

        void click(By by) {
            waitUpTo(20).until(ExpectedConditions.elementToBeClickable(by)).click();
        }

        void waitFor(By by) {
            waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(by));
        }

        String text(By by) {
            waitFor(by);
            return driver.findElement(by).getText();
        }

        WebDriverWait waitUpTo(int seconds) {
            return new WebDriverWait(driver, Duration.ofSeconds(seconds));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
