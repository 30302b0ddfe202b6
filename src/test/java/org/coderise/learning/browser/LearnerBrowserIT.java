package org.coderise.learning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo learner's day in the browser: sign in, open the Python course, enroll, read a lesson, open an exercise,
 * run code with input, submit a wrong then a right solution and read the per-test results. Saves screenshots and the
 * measured figures (page weights, submit-to-result time) under target/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false")
class LearnerBrowserIT {
    private static final String PYTHON = "python-first-steps";
    private static final String RIGHT = "print(\"Hello, world!\")\nprint(\"I am learning Python.\")\n";
    private static final String WRONG = "print(\"Hello, world!\")\nprint(\"I am learning python\")\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDemoLearnerEnrollsReadsRunsAndSubmitsUntilAccepted() throws IOException {
        try (var browser = new Browser(base.toString())) {
            new LoginPage(browser).signIn("learner@coderise.test", "coderise-demo");

            var course = new CoursePage(browser).open(PYTHON);
            assertThat(course.title()).isEqualTo("Python: first steps");
            browser.screenshot("course");
            course.enrollOrContinue();

            browser.clearCache();
            var lesson = new LessonPage(browser).open(PYTHON, "what-is-code");
            long lessonFirstVisit = browser.transferredBytes();
            assertThat(lesson.title()).isNotBlank();
            assertThat(lesson.body()).isNotBlank();
            browser.screenshot("lesson");
            new LessonPage(browser).open(PYTHON, "what-is-code");
            long lessonRepeatVisit = browser.transferredBytes();
            lesson.markDoneAndContinue();

            browser.clearCache();
            var exercise = new ExercisePage(browser).open(PYTHON, "say-hello");
            long exerciseFirstVisit = browser.transferredBytes();
            assertThat(exercise.code()).contains("print");
            exercise.write("name = input()\nprint(\"Hi \" + name)\n");
            assertThat(exercise.run("Ada\n")).contains("Hi Ada");

            exercise.write(WRONG);
            String wrong = exercise.submitAndAwaitResult();
            assertThat(wrong).contains("Not yet right").contains("0 of 10");
            List<String> rows = exercise.testRows();
            assertThat(rows).anySatisfy(row -> assertThat(row).contains("prints the two lines", "failed"));
            browser.screenshot("exercise-wrong");

            exercise.write(RIGHT);
            long start = System.nanoTime();
            String right = exercise.submitAndAwaitResult();
            Duration submitToResult = Duration.ofNanos(System.nanoTime() - start);
            assertThat(right).contains("Accepted").contains("10 of 10");
            assertThat(exercise.testRows()).allSatisfy(row -> assertThat(row).contains("passed"));
            assertThat(exercise.bestScore()).contains("10 of 10");
            exercise.revealHint();
            browser.screenshot("exercise-accepted");

            assertThat(new CoursePage(browser).open(PYTHON).progressPercent()).isPositive();
            browser.screenshot("course-progress");

            Files.writeString(Path.of("target", "learner-browser-figures.txt"), String.join("\n",
                    "lesson page, first visit: " + lessonFirstVisit + " bytes transferred",
                    "lesson page, repeat visit: " + lessonRepeatVisit + " bytes transferred",
                    "exercise page (editor), first visit: " + exerciseFirstVisit + " bytes transferred",
                    "Python submit to result shown: " + submitToResult.toMillis() + " ms", ""));
            assertThat(lessonFirstVisit).isLessThan(300 * 1024);
            assertThat(lessonRepeatVisit).isLessThan(50 * 1024);
        }
    }
}
