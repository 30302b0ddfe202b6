package org.coderise.grading.jobe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.coderise.sandbox.api.RunResult;

/**
 * A sandbox result as Jobe's RunResult. Like Jobe, whether a program that ran is a runtime error (12) or a success
 * (15) depends on whether it wrote to stderr, not on its exit status: CodeRunner's question prototypes rely on it. A
 * wire contract with CodeRunner: the field names and codes must not change.
 */
final class JobeOutcome {
    static final int COMPILATION_ERROR = 11;
    static final int RUNTIME_ERROR = 12;
    static final int TIME_LIMIT = 13;
    static final int SUCCESS = 15;
    static final int MEMORY_LIMIT = 17;
    static final int ILLEGAL_SYSCALL = 19;
    static final int INTERNAL_ERROR = 20;
    static final int SERVER_OVERLOAD = 21;

    private JobeOutcome() {
    }

    static int code(RunResult r) {
        return switch (r.verdict()) {
            case COMPILE_ERROR -> COMPILATION_ERROR;
            case TIME_LIMIT_EXCEEDED -> TIME_LIMIT;
            case MEMORY_LIMIT_EXCEEDED -> MEMORY_LIMIT;
            case SANDBOX_ERROR -> INTERNAL_ERROR;
            case OUTPUT_LIMIT_EXCEEDED -> RUNTIME_ERROR;
            case ACCEPTED, WRONG_ANSWER, RUNTIME_ERROR -> ranToEnd(r);
        };
    }

    private static int ranToEnd(RunResult r) {
        if (r.signal().filter("SIGSYS"::equals).isPresent()) {
            return ILLEGAL_SYSCALL;
        }
        return r.stderr().text().isEmpty() && r.signal().isEmpty() ? SUCCESS : RUNTIME_ERROR;
    }

    static JsonObject json(RunResult r) {
        int code = code(r);
        String stderr = r.stderr().text();
        if (code == RUNTIME_ERROR && stderr.isEmpty()) {
            stderr = r.message();
        }
        return Json.createObjectBuilder()
                .addNull("run_id")
                .add("outcome", code)
                .add("cmpinfo", code == COMPILATION_ERROR ? compilerOutput(r) : "")
                .add("stdout", r.stdout().text())
                .add("stderr", stderr)
                .build();
    }

    private static String compilerOutput(RunResult r) {
        return r.compileOutput().isEmpty() ? r.message() : r.compileOutput();
    }

    /** No sandbox slot came free in time. */
    static JsonObject overload() {
        return Json.createObjectBuilder().addNull("run_id").add("outcome", SERVER_OVERLOAD)
                .add("cmpinfo", "").add("stdout", "").add("stderr", "").build();
    }
}
