package org.coderise.grading.rest;

import org.coderise.sandbox.api.RunResult;

/** A playground run's result over REST; a wire contract for the editor page. */
public record RunView(String verdict, String message, String stdout, boolean stdoutTruncated, String stderr,
        boolean stderrTruncated, String compileOutput, Integer exitCode, String signal, long cpuTimeMillis,
        long wallTimeMillis) {

    static RunView of(RunResult r) {
        return new RunView(r.verdict().name(), r.message(), r.stdout().text(), r.stdout().truncated(),
                r.stderr().text(), r.stderr().truncated(), r.compileOutput(), r.exitCode().orElse(null),
                r.signal().orElse(null), r.cpuTime().toMillis(), r.wallTime().toMillis());
    }
}
