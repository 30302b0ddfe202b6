package org.coderise.sandbox.application;

import java.time.Duration;
import java.util.Optional;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.Verdict;
import org.coderise.sandbox.engine.Execution;
import org.coderise.sandbox.language.Language;

/**
 * Decides what an execution means: a limit hit, a crash, a failure of the jail itself, or a clean end. Limits come
 * first (a program killed at its time limit also "crashed"), and the jail's own failures are never blamed on the
 * learner.
 */
final class Outcomes {
    /** The cgroup's CPU count and the kernel's RLIMIT_CPU check can differ by a few ticks. */
    private static final Duration ACCOUNTING_SLACK = Duration.ofMillis(50);
    private Outcomes() {
    }

    /** The limit an execution hit, if any, most specific first. */
    static Optional<Verdict> limitHit(Execution run, Limits limits, Language language) {
        if (run.outOfMemory() || language.ranOutOfMemory(run)) {
            return Optional.of(Verdict.MEMORY_LIMIT_EXCEEDED);
        }
        if (run.timedOut() || run.cpuTime().compareTo(limits.cpuTime().minus(ACCOUNTING_SLACK)) >= 0
                || run.signal().filter("SIGXCPU"::equals).isPresent()) {
            return Optional.of(Verdict.TIME_LIMIT_EXCEEDED);
        }
        if (run.outputTruncated()) {
            return Optional.of(Verdict.OUTPUT_LIMIT_EXCEEDED);
        }
        return Optional.empty();
    }

    /**
     * True when the jail did not start: bubblewrap, setpriv and tini report their own failures on standard error
     * before the learner's program exists. (A program could print the same and exit 1; it only gets itself retried.)
     */
    static boolean jailFailed(Execution run) {
        String err = run.stderr().text();
        return run.exitCode().orElse(0) == 1
                && (err.startsWith("bwrap: ") || err.startsWith("setpriv: ") || err.contains("[FATAL tini"));
    }

    /** A verdict for a program run, or a run of the test harness that ended badly. */
    static Verdict of(Execution run, Limits limits, Language language) {
        if (jailFailed(run)) {
            return Verdict.SANDBOX_ERROR;
        }
        return limitHit(run, limits, language).orElse(run.exitedCleanly() ? Verdict.ACCEPTED : Verdict.RUNTIME_ERROR);
    }

    /** A one-line explanation of the verdict for a person; never a host path. */
    static String message(Verdict verdict, Execution run, Limits limits) {
        return switch (verdict) {
            case TIME_LIMIT_EXCEEDED -> run.timedOut()
                    ? "Stopped after " + seconds(limits.wallTime()) + " of waiting (the wall-clock limit)."
                    : "Used more than " + seconds(limits.cpuTime()) + " of CPU time.";
            case MEMORY_LIMIT_EXCEEDED -> "Used more than " + limits.memoryBytes() / (1024 * 1024) + " MB of memory.";
            case OUTPUT_LIMIT_EXCEEDED -> "Printed more than " + limits.outputBytes() / 1024 + " KB of output.";
            case RUNTIME_ERROR -> run.signal().map(s -> "The program was killed by " + s + describe(s) + ".")
                    .orElse("The program ended with exit status " + run.exitCode().orElse(-1) + "."
                            + (run.processLimitHit() ? " It tried to start more processes or threads than allowed."
                            : ""));
            case SANDBOX_ERROR -> "The sandbox failed to run the program; this is not your fault.";
            default -> "";
        };
    }

    private static String describe(String signal) {
        return switch (signal) {
            case "SIGSEGV" -> " (it used memory it does not own, e.g. a bad pointer or a too deep recursion)";
            case "SIGFPE" -> " (an arithmetic error such as a division by zero)";
            case "SIGABRT" -> " (it aborted, e.g. a failed assert)";
            case "SIGXFSZ" -> " (it wrote a file larger than allowed)";
            default -> "";
        };
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
