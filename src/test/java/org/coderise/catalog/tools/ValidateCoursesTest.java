package org.coderise.catalog.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCoursesTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEveryProblemAsFileLineMessageAndFailsOnErrors() {
        int status = run("src/test/resources/courses-bad", "--no-sandbox");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .contains("courses-bad/bad-yaml/course.yaml:3: invalid YAML: mapping values are not allowed here")
                .last().asString().startsWith("4 course(s), 1 valid: 1 modules, 1 lessons, 0 exercises; 10 error(s), "
                        + "3 warning(s); reference solutions and starters NOT run (no sandbox)");
    }

    @Test
    void succeedsOnValidCourses() {
        assertThat(run("src/test/resources/courses-good", "--no-sandbox")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("1 course(s), 1 valid: 1 modules, 1 lessons, "
                + "2 exercises; 0 error(s), 0 warning(s)");
    }

    @Test
    void cannotRunWithoutTheFolder() {
        assertThat(run("no/such/folder", "--no-sandbox")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such folder of courses");
    }

    private int run(String... args) {
        return ValidateCourses.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
