package org.coderise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coderise.catalog.content.CourseValidation;
import org.coderise.catalog.content.Problem;
import org.coderise.catalog.tools.ValidateCourses;
import org.coderise.sandbox.api.Sandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The courses CodeRise ships, and the test courses the container tests import beside them (src/test/courses),
 * validated as the validation command does: structure, links, images, syntax, and on a host with bubblewrap every
 * reference solution passing and every starter failing in the real sandbox.
 */
class ShippedCoursesTest {
    @ParameterizedTest
    @ValueSource(strings = {"courses", "src/test/courses"})
    void everyCourseIsValidAndEveryExerciseIsSolvableButNotSolvedAlready(String folder) {
        Path courses = Path.of(folder);
        assertThat(courses).isDirectory();
        Optional<Sandbox> sandbox = Files.isExecutable(Path.of("/usr/bin/bwrap"))
                ? Optional.of(ValidateCourses.startSandbox()) : Optional.empty();
        try {
            sandbox.ifPresent(s -> assertThat(s.status().ready()).as("sandbox problems: %s", s.status().problems())
                    .isTrue());

            CourseValidation.Report report = new CourseValidation().validate(courses, sandbox,
                    Runtime.getRuntime().availableProcessors());

            System.out.println(folder + ": " + report.summary());
            assertThat(report.errors()).as("problems in %s:%n%s", folder, report.problems().stream()
                    .map(Problem::toString).collect(Collectors.joining("\n"))).isZero();
            assertThat(report.valid()).hasSize(report.courses());
            if (sandbox.isPresent()) {
                assertThat(report.checkedExercises())
                        .isEqualTo(report.valid().stream().mapToInt(c -> c.exercises().size()).sum());
            }
        } finally {
            sandbox.ifPresent(Sandbox::close);
        }
    }
}
