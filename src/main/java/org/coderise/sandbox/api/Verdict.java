package org.coderise.sandbox.api;

/**
 * The overall outcome of a run. Each has a plain-language explanation for beginners in the bundle
 * {@code org.coderise.sandbox.api.Verdicts} (key {@code verdict.NAME.explanation}), translated like every string.
 * Stored by name: renaming a constant breaks stored results.
 */
public enum Verdict {
    /** It ran, and every test passed (or, without tests, it ended normally). */
    ACCEPTED,
    /** It ran, but at least one test's output or assertion did not match. */
    WRONG_ANSWER,
    COMPILE_ERROR,
    RUNTIME_ERROR,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    /** The sandbox itself failed; never the learner's fault, and grading retries or reports it as ours. */
    SANDBOX_ERROR
}
