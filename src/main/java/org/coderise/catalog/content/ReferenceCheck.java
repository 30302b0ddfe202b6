package org.coderise.catalog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Verdict;

/**
 * Proves every exercise is solvable and not already solved: in the real sandbox, the reference solution must pass
 * every test (verdict ACCEPTED with at least one test run) and the starter must fail at least one.
 */
public final class ReferenceCheck {
    private static final int MESSAGE_LIMIT = 300;

    private final Sandbox sandbox;
    private final int parallelRuns;

    /** @param parallelRuns runs sent to the sandbox at once (it queues beyond its own slots) */
    public ReferenceCheck(Sandbox sandbox, int parallelRuns) {
        this.sandbox = sandbox;
        this.parallelRuns = Math.max(1, parallelRuns);
    }

    /** Checks every exercise of {@code course}; problems name the exercise.yaml of the exercise. */
    public Outcome check(CourseContent course, String displayPrefix) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelRuns);
        try {
            List<Future<List<Problem>>> pending = new ArrayList<>();
            for (ExerciseContent exercise : course.exercises()) {
                String file = displayPrefix + "/" + exercise.path() + "/exercise.yaml";
                pending.add(pool.submit(() -> checkOne(course.programmingLanguage(), exercise, file)));
            }
            List<Problem> problems = new ArrayList<>();
            for (Future<List<Problem>> future : pending) {
                problems.addAll(future.get());
            }
            return new Outcome(course.exercises().size(), problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + course.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking " + course.id() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Problem> checkOne(String language, ExerciseContent exercise, String file) {
        List<Problem> problems = new ArrayList<>();
        run(language, exercise, exercise.solution(), file, problems).ifPresent(result -> {
            if (result.verdict() != Verdict.ACCEPTED) {
                problems.add(error(file, "the reference solution must pass every test, but got " + result.verdict()
                        + describe(result)));
            } else if (result.tests().isEmpty()) {
                problems.add(error(file, "no test ran against the reference solution: check the test files"));
            }
        });
        run(language, exercise, exercise.starter(), file, problems).ifPresent(result -> {
            if (result.verdict() == Verdict.ACCEPTED) {
                problems.add(error(file, "the starter passes every test (" + result.tests().size()
                        + "); it must fail at least one, or learners get the points for nothing"));
            }
        });
        return problems;
    }

    private java.util.Optional<RunResult> run(String language, ExerciseContent exercise, List<FileContent> files,
            String file, List<Problem> problems) {
        try {
            RunResult result = sandbox.run(SandboxRuns.request(language, exercise, files));
            if (result.verdict() == Verdict.SANDBOX_ERROR) {
                problems.add(error(file, "the sandbox failed, so this exercise could not be checked: "
                        + cap(result.message())));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(result);
        } catch (InvalidRunRequestException e) {
            problems.add(error(file, "the sandbox refused the exercise: " + e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private static String describe(RunResult result) {
        String failing = result.tests().stream().filter(t -> t.status() != TestResult.Status.PASS)
                .map(t -> t.name() + (t.message().isEmpty() ? "" : " (" + cap(t.message()) + ")"))
                .collect(Collectors.joining("; "));
        String detail = failing.isEmpty() ? cap(result.message().isEmpty() ? result.compileOutput() : result.message())
                : "failing: " + failing;
        return detail.isBlank() ? "" : ": " + detail;
    }

    private static String cap(String text) {
        String oneLine = text.strip().replaceAll("\\s*\\n\\s*", " | ");
        return oneLine.length() <= MESSAGE_LIMIT ? oneLine : oneLine.substring(0, MESSAGE_LIMIT) + "…";
    }

    private static Problem error(String file, String message) {
        return new Problem(file, 1, Problem.Severity.ERROR, message);
    }

    /** @param exercises how many exercises were checked */
    public record Outcome(int exercises, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }
}
