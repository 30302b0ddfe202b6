package org.coderise.sandbox.api;

import java.util.Objects;

/**
 * One input/output case.
 *
 * @param name shown to the learner, e.g. "three mangoes at 4 each"
 * @param stdin fed to the program
 * @param expectedStdout what the program should print
 * @param comparison how output and expectation are compared
 * @param tolerance absolute tolerance for {@link Comparison#NUMBERS}; ignored otherwise
 */
public record IoTest(String name, String stdin, String expectedStdout, Comparison comparison, double tolerance) {

    public IoTest {
        Objects.requireNonNull(name, "name");
        stdin = stdin == null ? "" : stdin;
        Objects.requireNonNull(expectedStdout, "expectedStdout");
        comparison = comparison == null ? Comparison.TRAILING_WHITESPACE : comparison;
    }

    public enum Comparison {
        /** Byte for byte. */
        EXACT,
        /** Equal after removing trailing spaces on each line and trailing blank lines (the forgiving default). */
        TRAILING_WHITESPACE,
        /** Equal as sequences of whitespace-separated tokens. */
        TOKENS,
        /** Tokens equal, and numeric tokens equal within the tolerance. */
        NUMBERS
    }
}
