package org.coderise.catalog.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coderise.sandbox.api.IoTest;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;

/** Turns an exercise into sandbox terms: its tests, its limits and a run request for a set of learner files. */
public final class SandboxRuns {
    private static final long MB = 1024L * 1024L;

    private SandboxRuns() {
    }

    /** The exercise's tests as the sandbox runs them. */
    public static Tests tests(TestSuite suite) {
        if (suite instanceof TestSuite.Unit unit) {
            return new Tests.Unit(unit.files().stream()
                    .map(file -> SourceFile.text(file.file().path(), file.file().text())).toList());
        }
        return new Tests.InputOutput(((TestSuite.InputOutput) suite).cases().stream()
                .map(c -> new IoTest(c.name(), c.input(), c.output(), comparison(c.compare()), c.tolerance()))
                .toList());
    }

    /** {@code trailing-whitespace} → {@link IoTest.Comparison#TRAILING_WHITESPACE}. */
    public static IoTest.Comparison comparison(String compare) {
        return IoTest.Comparison.valueOf(compare.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The sandbox defaults with the exercise's CPU and memory; the wall clock allows twice the CPU time. */
    public static Limits limits(int cpuSeconds, int memoryMb) {
        Limits defaults = Limits.defaults();
        Duration cpu = Duration.ofSeconds(cpuSeconds);
        Duration wall = cpu.multipliedBy(2).compareTo(defaults.wallTime()) > 0 ? cpu.multipliedBy(2) : defaults.wallTime();
        return defaults.withCpuTime(cpu).withWallTime(wall).withMemoryBytes(memoryMb * MB);
    }

    /** A graded run of {@code learnerFiles} (plus the exercise's support files) against the exercise's tests. */
    public static RunRequest request(String language, ExerciseContent exercise, List<FileContent> learnerFiles) {
        List<SourceFile> files = new ArrayList<>();
        exercise.support().forEach(file -> files.add(SourceFile.text(file.path(), file.text())));
        learnerFiles.forEach(file -> files.add(SourceFile.text(file.path(), file.text())));
        return new RunRequest(language, files, exercise.entry(), "", tests(exercise.tests()),
                limits(exercise.cpuSeconds(), exercise.memoryMb()), RunOptions.NONE);
    }
}
