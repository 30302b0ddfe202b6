package org.coderise.catalog.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.Sandbox;

/**
 * The full validation of a courses folder, shared by the validation command and the test of the shipped courses:
 * structure, links and images (the reader), test and solution syntax, and, when a sandbox is given, every reference
 * solution passing and every starter failing.
 */
public final class CourseValidation {
    private final CourseReader reader = new CourseReader((course, path) -> "/api/v1/courses/" + course + "/assets/" + path);
    private final SyntaxCheck syntax = new SyntaxCheck();

    /**
     * @param sandbox runs reference solutions and starters; empty skips those checks (reported by {@link Report})
     * @param parallelRuns runs sent to the sandbox at once
     */
    public Report validate(Path coursesDir, Optional<Sandbox> sandbox, int parallelRuns) {
        Path dir = coursesDir.toAbsolutePath().normalize();
        String prefix = dir.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        List<CourseContent> valid = new ArrayList<>();
        int checkedExercises = 0;
        List<CourseReading> readings = reader.readAll(dir);
        for (CourseReading reading : readings) {
            problems.addAll(reading.problems());
            if (reading.course().isEmpty()) {
                continue;
            }
            CourseContent course = reading.course().get();
            String display = prefix + "/" + reading.folder();
            List<Problem> syntaxProblems = syntax.check(course, dir.resolve(reading.folder()), display);
            problems.addAll(syntaxProblems);
            if (sandbox.isPresent()) {
                ReferenceCheck.Outcome outcome = new ReferenceCheck(sandbox.get(), parallelRuns).check(course, display);
                problems.addAll(outcome.problems());
                checkedExercises += outcome.exercises();
            }
            if (syntaxProblems.stream().noneMatch(Problem::isError)) {
                valid.add(course);
            }
        }
        return new Report(readings.size(), List.copyOf(valid), problems, sandbox.isPresent(), checkedExercises);
    }

    /**
     * @param courses course folders read
     * @param valid courses without structural or syntax errors (sandbox problems are in {@code problems})
     * @param sandboxChecked whether reference solutions and starters were run
     * @param checkedExercises exercises whose solution and starter ran in the sandbox
     */
    public record Report(int courses, List<CourseContent> valid, List<Problem> problems, boolean sandboxChecked,
            int checkedExercises) {

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        /** One line for people: what was read and found. */
        public String summary() {
            int modules = valid.stream().mapToInt(c -> c.modules().size()).sum();
            long lessons = valid.stream().flatMap(c -> c.items().stream()).filter(LessonContent.class::isInstance).count();
            long exercises = valid.stream().mapToLong(c -> c.exercises().size()).sum();
            return courses + " course(s), " + valid.size() + " valid: " + modules + " modules, " + lessons
                    + " lessons, " + exercises + " exercises; " + errors() + " error(s), " + warnings() + " warning(s); "
                    + (sandboxChecked ? checkedExercises + " exercises checked in the sandbox (reference solution "
                    + "passes, starter fails)" : "reference solutions and starters NOT run (no sandbox)");
        }
    }
}
