package org.coderise.learning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coderise.Deployments;
import org.coderise.identity.pages.RegistrationPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A new learner's path in the browser: register, enroll in the Python course, read a lesson, run code with input,
 * submit a wrong then a right solution, watch progress move, then finish the two-item test course
 * (src/test/courses/certificate-check), download the certificate and check it at its public address. Also the same
 * exercise with the keyboard only. Writes the measured figures (page weights, submit-to-result time) to
 * target/page-weights.txt and screenshots of each page, desktop and phone, to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false")
class LearnerBrowserIT {
    private static final String PYTHON = "python-first-steps";
    private static final String FINISHABLE = "certificate-check";
    private static final String PASSWORD = "river stones in the sun";
    private static final String RIGHT = "print(\"Hello, world!\")\nprint(\"I am learning Python.\")\n";
    private static final String WRONG = "print(\"Hello, world!\")\nprint(\"I am learning python\")\n";
    private static final long KB = 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewLearnerRegistersLearnsFinishesACourseAndHasTheCertificateVerified() throws IOException {
        try (var browser = new Browser(base.toString())) {
            String name = "Zoë Nguyễn";
            String email = register(browser, name);
            List<String> figures = new ArrayList<>();

            browser.open("courses.xhtml");
            browser.screenshots("catalog");
            var course = new CoursePage(browser).open(PYTHON);
            assertThat(course.title()).isEqualTo("Python: first steps");
            browser.screenshots("course");
            course.enroll();

            readALessonMeasuringItsWeight(browser, figures);
            solveAnExerciseMeasuringItsWeightAndTime(browser, figures);
            assertThat(new CoursePage(browser).open(PYTHON).progressPercent()).isPositive();
            browser.screenshots("course-progress");
            browser.open("learn/index.xhtml");
            browser.screenshots("my-learning");

            String certificate = finishTheTestCourse(browser);
            var pdf = browser.download(certificate);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String printed = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
            assertThat(printed).contains(name, "Certificate check");

            String code = certificate.substring(certificate.lastIndexOf('/') + 1);
            var verify = new VerifyPage(browser).open(code);
            assertThat(verify.learnerName()).isEqualTo(name);
            assertThat(verify.courseTitle()).isEqualTo("Certificate check");
            assertThat(verify.pageText()).doesNotContain(email, email.substring(0, email.indexOf('@')));
            browser.screenshots("verify");

            Files.writeString(Path.of("target", "page-weights.txt"), String.join("\n", figures) + "\n");
        }
    }

    /**
     * The exercise with the keyboard only: skip link, Tab to the editor, type, leave the editor with Esc then Tab (the
     * help above it says so), Run with input, Submit, and focus lands on each result, inside a live region.
     */
    @Test
    void aLearnerSolvesAnExerciseWithTheKeyboardOnly() {
        try (var browser = new Browser(base.toString())) {
            register(browser, "Kwame");
            new CoursePage(browser).open(PYTHON).enroll();
            var exercise = new ExercisePage(browser).open(PYTHON, "say-hello");
            var keyboard = new Keyboard(browser);
            String starter = exercise.code();

            keyboard.press(Keys.TAB);
            assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
            keyboard.press(Keys.ENTER);
            assertThat(browser.focusedId()).isEqualTo("main");
            keyboard.tabUntil(exercise::editorFocused);

            keyboard.pressWith(Keys.CONTROL, "a");
            String typed = "print(\"Hello, world!\")\nprint(\"I am learning Python.\")";
            keyboard.type(typed);
            keyboard.press(Keys.TAB);
            assertThat(exercise.editorFocused()).as("Tab stays in the editor").isTrue();
            assertThat(exercise.code()).as("Tab indents").startsWith(typed).endsWith(" ");

            keyboard.press(Keys.ESCAPE, Keys.TAB);
            assertThat(browser.focusedId()).as("Esc then Tab leaves the editor").isEqualTo("exerciseForm:reset");
            keyboard.press(Keys.TAB);
            assertThat(browser.focusedId()).isEqualTo("exerciseForm:submit");
            keyboard.press(Keys.TAB);
            assertThat(browser.focusedId()).isEqualTo("exerciseForm:stdin");
            keyboard.type("Ama");
            keyboard.press(Keys.TAB);
            assertThat(browser.focusedId()).isEqualTo("exerciseForm:run");
            keyboard.press(Keys.ENTER);
            exercise.awaitFocusOn("runResultHeading");
            assertThat(exercise.runOutput()).contains("I am learning Python.");

            keyboard.shiftTabUntil(() -> "exerciseForm:submit".equals(browser.focusedId()));
            keyboard.press(Keys.ENTER);
            exercise.awaitFocusOn("attemptResultHeading");
            assertThat(exercise.resultHeading()).contains("Accepted");
            assertThat(exercise.liveRegionAround("attemptResultHeading")).isEqualTo("polite");
            assertThat(exercise.liveRegionAround("runResultHeading")).isEqualTo("polite");

            assertThat(exercise.resetToStarter()).as("Reset brings the starter code back").isEqualTo(starter);
            assertThat(new ExercisePage(browser).open(PYTHON, "say-hello").code()).as("and saves it").isEqualTo(starter);
        }
    }

    private void readALessonMeasuringItsWeight(Browser browser, List<String> figures) {
        browser.clearCache();
        var lesson = new LessonPage(browser).open(PYTHON, "what-is-code");
        var first = browser.pageWeight();
        assertThat(lesson.title()).isNotBlank();
        assertThat(lesson.body()).isNotBlank();
        browser.screenshots("lesson");
        new LessonPage(browser).open(PYTHON, "what-is-code");
        var repeat = browser.pageWeight();
        figures.add("lesson page, first visit: " + first);
        figures.add("lesson page, repeat visit: " + repeat);
        assertThat(first.transferred()).as("lesson, first visit").isLessThan(300 * KB);
        assertThat(repeat.transferred()).as("lesson, repeat visit").isLessThan(50 * KB);
        assertThat(first.loaded("codemirror")).as("the editor loads on exercise pages only").isFalse();
        lesson.markDoneAndContinue();
    }

    private void solveAnExerciseMeasuringItsWeightAndTime(Browser browser, List<String> figures) {
        browser.clearCache();
        var exercise = new ExercisePage(browser).open(PYTHON, "say-hello");
        var first = browser.pageWeight();
        new ExercisePage(browser).open(PYTHON, "say-hello");
        var repeat = browser.pageWeight();
        figures.add("exercise page (editor), first visit: " + first);
        figures.add("exercise page (editor), repeat visit: " + repeat);
        assertThat(first.loaded("codemirror")).isTrue();
        assertThat(first.transferred()).as("exercise, first visit: the editor with one mode, no PrimeFaces scripts")
                .isLessThan(250 * KB);
        assertThat(first.loaded("components.js.xhtml?ln=primefaces")).as("the exercise page needs no PrimeFaces widget")
                .isFalse();
        assertThat(repeat.transferred()).as("exercise, repeat visit: the editor comes from the cache")
                .isLessThan(50 * KB);

        assertThat(exercise.code()).contains("print");
        exercise.write("name = input()\nprint(\"Hi \" + name)\n");
        assertThat(exercise.run("Ada\n")).contains("Hi Ada");

        exercise.write(WRONG);
        assertThat(exercise.submitAndAwaitResult()).contains("Not yet right").contains("0 of 10");
        assertThat(exercise.testRows()).anySatisfy(row -> assertThat(row)
                .contains("prints the two lines", "failed", "I am learning python"));
        exercise.scrollToResult();
        browser.screenshots("exercise-failed");

        exercise.write(RIGHT);
        long start = System.nanoTime();
        String accepted = exercise.submitAndAwaitResult();
        Duration submitToResult = Duration.ofNanos(System.nanoTime() - start);
        figures.add("Python submit to result shown: " + submitToResult.toMillis() + " ms");
        assertThat(accepted).contains("Accepted").contains("10 of 10");
        assertThat(exercise.testRows()).allSatisfy(row -> assertThat(row).contains("passed"));
        assertThat(exercise.bestScore()).contains("10 of 10");
        exercise.revealHint();
        exercise.scrollToResult();
        browser.screenshots("exercise-accepted");
    }

    /** Completes both items of the test course; returns the address of the certificate the course page offers. */
    private String finishTheTestCourse(Browser browser) {
        new CoursePage(browser).open(FINISHABLE).enroll();
        new LessonPage(browser).open(FINISHABLE, "almost-there").markDoneAndContinue();
        var exercise = new ExercisePage(browser).open(FINISHABLE, "sign-off");
        exercise.write("print(\"Done!\")\n");
        assertThat(exercise.submitAndAwaitResult()).contains("Accepted");
        var course = new CoursePage(browser).open(FINISHABLE);
        assertThat(course.progressPercent()).isEqualTo(100);
        browser.screenshots("course-complete");
        return course.certificateAddress();
    }

    /** Registers a new learner through the registration page; returns their (unique) email address. */
    private static String register(Browser browser, String name) {
        String email = "learner-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        RegistrationPage.open(browser.driver, browser.base).register(name, email, PASSWORD, "VN");
        return email;
    }
}
