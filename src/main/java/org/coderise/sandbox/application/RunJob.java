package org.coderise.sandbox.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.IoTest;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.api.Verdict;
import org.coderise.sandbox.engine.Command;
import org.coderise.sandbox.engine.Execution;
import org.coderise.sandbox.engine.SlotSession;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Program;
import org.coderise.sandbox.language.UnitReport;

/** One request in one slot: lay out, compile if needed, then run the program, its I/O cases or its unit tests. */
final class RunJob {
    private static final long MB = 1024L * 1024L;
    private static final int MAX_COMPILE_OUTPUT = 16 * 1024;
    private final SlotSession session;
    private final Language language;
    private final RunRequest request;
    private final Limits limits;
    private final List<Execution> executions = new ArrayList<>();
    /** Time spent in the slot's warm compiler, which is not an execution of this run. */
    private Duration warmCompileTime = Duration.ZERO;

    RunJob(SlotSession session, Language language, RunRequest request, Limits limits) {
        this.session = session;
        this.language = language;
        this.request = request;
        this.limits = limits;
    }

    RunResult run() {
        Program program = Layout.layOut(session, request, language, limits);
        if (request.tests() instanceof Tests.Unit) {
            return unitTests(program);
        }
        Optional<RunResult> compileFailure = language.compile(program).flatMap(this::compile);
        if (compileFailure.isPresent()) {
            return compileFailure.get();
        }
        return request.tests() instanceof Tests.InputOutput io ? ioTests(program, io.cases()) : plain(program);
    }

    /** Compilers get generous limits of their own: a slow javac must not eat the learner's time limit. */
    private Optional<RunResult> compile(List<String> command) {
        Optional<Language.WarmCompile> warm = language.compileWarm(session, command);
        if (warm.isPresent()) {
            warmCompileTime = warm.get().duration();
            String output = compilerOutput(warm.get().output());
            return warm.get().exitCode() == 0 ? Optional.empty()
                    : Optional.of(result(Verdict.COMPILE_ERROR, firstLine(output), List.of(), output, null,
                            CapturedOutput.EMPTY, CapturedOutput.EMPTY));
        }
        Limits compileLimits = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Math.max(limits.memoryBytes(), 1024 * MB), Math.max(limits.processes(), 64), limits.fileBytes(),
                64 * 1024, 256);
        Execution compiled = execute(command, "", compileLimits);
        if (Outcomes.jailFailed(compiled)) {
            return Optional.of(result(Verdict.SANDBOX_ERROR, Outcomes.message(Verdict.SANDBOX_ERROR, compiled, limits),
                    List.of(), "", compiled, CapturedOutput.EMPTY, CapturedOutput.EMPTY));
        }
        if (compiled.exitedCleanly()) {
            return Optional.empty();
        }
        String output = compilerOutput(compiled.stdout().text() + compiled.stderr().text());
        String message = Outcomes.limitHit(compiled, compileLimits, language).isPresent()
                ? "The compiler ran out of time or memory." : firstLine(output);
        return Optional.of(result(Verdict.COMPILE_ERROR, message, List.of(), output, compiled,
                CapturedOutput.EMPTY, CapturedOutput.EMPTY));
    }

    private RunResult plain(Program program) {
        Execution run = execute(language.run(program), request.stdin(), limits);
        if (language.failedToParse(run)) {
            return parseFailure(run);
        }
        Verdict verdict = Outcomes.of(run, limits, language);
        return result(verdict, Outcomes.message(verdict, run, limits), List.of(), "", run, run.stdout(), run.stderr());
    }

    private RunResult ioTests(Program program, List<IoTest> cases) {
        List<TestResult> results = new ArrayList<>();
        Verdict worst = Verdict.ACCEPTED;
        Execution decisive = null;
        boolean outOfTime = false;
        for (IoTest test : cases) {
            if (outOfTime) {
                results.add(new TestResult(test.name(), "io", TestResult.Status.ERROR,
                        "Not run: an earlier case exceeded the time limit.", "", Duration.ZERO));
                continue;
            }
            Execution run = execute(language.run(program), test.stdin(), limits);
            if (results.isEmpty() && language.failedToParse(run)) {
                return parseFailure(run);
            }
            Verdict verdict = caseVerdict(test, run);
            results.add(caseResult(test, run, verdict));
            outOfTime = verdict == Verdict.TIME_LIMIT_EXCEEDED;
            // The most severe case decides, in the order of the Verdict constants.
            if (verdict.ordinal() > worst.ordinal()) {
                worst = verdict;
                decisive = run;
            }
        }
        Execution shown = decisive != null ? decisive : executions.get(executions.size() - 1);
        String message = worst == Verdict.WRONG_ANSWER
                ? (results.size() - results.stream().filter(r -> r.status() == TestResult.Status.PASS).count())
                        + " of " + results.size() + " cases gave a different output."
                : Outcomes.message(worst, shown, limits);
        return result(worst, message, results, "", shown, CapturedOutput.EMPTY, shown.stderr());
    }

    private Verdict caseVerdict(IoTest test, Execution run) {
        Verdict verdict = Outcomes.of(run, limits, language);
        if (verdict != Verdict.ACCEPTED) {
            return verdict;
        }
        return OutputComparison.matches(test, run.stdout().text()) ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
    }

    private TestResult caseResult(IoTest test, Execution run, Verdict verdict) {
        TestResult.Status status = switch (verdict) {
            case ACCEPTED -> TestResult.Status.PASS;
            case WRONG_ANSWER -> TestResult.Status.FAIL;
            default -> TestResult.Status.ERROR;
        };
        String message = switch (verdict) {
            case ACCEPTED -> "";
            case WRONG_ANSWER -> "For the input " + quote(test.stdin()) + " the expected output was "
                    + quote(test.expectedStdout()) + " but the program printed " + quote(run.stdout().text()) + ".";
            default -> Outcomes.message(verdict, run, limits);
        };
        return new TestResult(test.name(), "io", status, message, run.stdout().text(), run.wallTime());
    }

    private RunResult unitTests(Program program) {
        Optional<RunResult> compileFailure = language.compileTests(program).flatMap(this::compile);
        if (compileFailure.isPresent()) {
            return compileFailure.get();
        }
        Execution run = execute(language.runTests(program), "", limits);
        UnitReport report = language.report(program, run, session);
        List<TestResult> tests = withOriginalSuites(report.tests());
        CapturedOutput stdout = new CapturedOutput(report.otherOutput(), run.stdout().truncated());
        if (report.compileError().isPresent()) {
            String output = compilerOutput(report.compileError().get());
            return result(Verdict.COMPILE_ERROR, firstLine(output), List.of(), output, run, stdout, run.stderr());
        }
        Verdict verdict = Outcomes.jailFailed(run) ? Verdict.SANDBOX_ERROR
                : Outcomes.limitHit(run, limits, language).orElse(unitVerdict(report, tests));
        String message = switch (verdict) {
            case ACCEPTED -> "";
            case WRONG_ANSWER -> (tests.size() - tests.stream().filter(t -> t.status() == TestResult.Status.PASS)
                    .count()) + " of " + tests.size() + " tests did not pass.";
            case RUNTIME_ERROR -> tests.isEmpty() && report.complete() ? "No tests ran."
                    : "The program stopped before all tests had run" + run.exitCode()
                            .map(code -> " (exit status " + code + ").").orElse(".");
            default -> Outcomes.message(verdict, run, limits);
        };
        return result(verdict, message, tests, "", run, stdout, run.stderr());
    }

    private static Verdict unitVerdict(UnitReport report, List<TestResult> tests) {
        if (!report.complete() || tests.isEmpty()) {
            return Verdict.RUNTIME_ERROR;
        }
        return tests.stream().allMatch(t -> t.status() == TestResult.Status.PASS)
                ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
    }

    /** Harnesses name suites by the laid-out file name; grading knows them by the path it sent. */
    private List<TestResult> withOriginalSuites(List<TestResult> tests) {
        Map<String, String> original = ((Tests.Unit) request.tests()).testFiles().stream()
                .collect(Collectors.toMap(Layout::testFileName, SourceFile::path, (a, b) -> a));
        return tests.stream().map(t -> new TestResult(t.name(), original.getOrDefault(t.suite(), t.suite()),
                t.status(), t.message(), t.output(), t.duration())).toList();
    }

    private RunResult parseFailure(Execution run) {
        String output = compilerOutput(run.stderr().text());
        return result(Verdict.COMPILE_ERROR, lastLine(output), List.of(), output, run,
                run.stdout(), CapturedOutput.EMPTY);
    }

    private Execution execute(List<String> argv, String stdin, Limits commandLimits) {
        Execution execution = session.execute(new Command(argv, language.environment(), language.readOnlyPaths(),
                commandLimits, stdin));
        executions.add(execution);
        return execution;
    }

    /** The result with totals over every execution; {@code shown} (null after a warm compile) gives exit and signal. */
    private RunResult result(Verdict verdict, String message, List<TestResult> tests, String compileOutput,
            Execution shown, CapturedOutput stdout, CapturedOutput stderr) {
        Duration cpu = executions.stream().map(Execution::cpuTime).reduce(Duration.ZERO, Duration::plus);
        Duration wall = executions.stream().map(Execution::wallTime).reduce(warmCompileTime, Duration::plus);
        long peak = executions.stream().mapToLong(Execution::peakMemoryBytes).max().orElse(0);
        Optional<Execution> decisive = Optional.ofNullable(shown);
        return new RunResult(verdict, message, tests, compileOutput, decisive.flatMap(Execution::exitCode),
                decisive.flatMap(Execution::signal), cpu, wall, peak, stdout, stderr, limits);
    }

    private static String compilerOutput(String text) {
        String relative = text.replace("/work/", "");
        return relative.length() <= MAX_COMPILE_OUTPUT ? relative : relative.substring(0, MAX_COMPILE_OUTPUT) + "…";
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static String quote(String text) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    private static String lastLine(String text) {
        return text.strip().lines().reduce((first, second) -> second).orElse("");
    }
}
