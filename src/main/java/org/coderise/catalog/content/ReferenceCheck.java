package org.coderise.catalog.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.sandbox.api.RunRequest;
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
    private static final int WALL_PATIENCE = 3;

    private final Sandbox sandbox;
    private final int parallelRuns;

    /** @param parallelRuns runs sent to the sandbox at once (it queues beyond its own slots) */
    public ReferenceCheck(Sandbox sandbox, int parallelRuns) {
        this.sandbox = sandbox;
        this.parallelRuns = Math.max(1, parallelRuns);
    }

    /**
     * Checks every exercise of {@code course}; problems name the exercise.yaml of the exercise. Exercises that fail
     * are checked once more, one at a time: on a busy host a run can miss its wall clock through no fault of the
     * content, while a real mistake fails both times.
     */
    public Outcome check(CourseContent course, String displayPrefix) {
        Map<ExerciseContent, List<Problem>> first = checkAll(course, displayPrefix, course.exercises(), parallelRuns);
        List<ExerciseContent> failed = course.exercises().stream().filter(e -> !first.get(e).isEmpty()).toList();
        Map<ExerciseContent, List<Problem>> second = failed.isEmpty() ? Map.of()
                : checkAll(course, displayPrefix, failed, 1);
        List<Problem> problems = course.exercises().stream()
                .flatMap(e -> second.getOrDefault(e, first.get(e)).stream()).toList();
        return new Outcome(course.exercises().size(), problems);
    }

    private Map<ExerciseContent, List<Problem>> checkAll(CourseContent course, String displayPrefix,
            List<ExerciseContent> exercises, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<ExerciseContent, Future<List<Problem>>> pending = new IdentityHashMap<>();
            for (ExerciseContent exercise : exercises) {
                String file = displayPrefix + "/" + exercise.path() + "/exercise.yaml";
                pending.put(exercise, pool.submit(() -> checkOne(course.programmingLanguage(), exercise, file)));
            }
            Map<ExerciseContent, List<Problem>> problems = new IdentityHashMap<>();
            for (var entry : pending.entrySet()) {
                problems.put(entry.getKey(), entry.getValue().get());
            }
            return problems;
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
            RunRequest graded = SandboxRuns.request(language, exercise, files);
            // The exercise's CPU limit applies as it will for learners; only the wall clock is patient, because
            // a loaded host slows every run without the content being wrong.
            RunResult result = sandbox.run(new RunRequest(graded.language(), graded.files(), graded.entryPoint(),
                    graded.stdin(), graded.tests(), graded.limits().withWallTime(
                            graded.limits().wallTime().multipliedBy(WALL_PATIENCE)), graded.options()));
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
        String detail = failing.isEmpty() ? cap(result.message() + " " + result.compileOutput()) : "failing: " + failing;
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
