package org.coderise.sandbox.application;

import java.util.Arrays;
import java.util.List;
import org.coderise.sandbox.api.IoTest;

/** Compares a program's output with the expected output of an I/O case, in the case's comparison mode. */
final class OutputComparison {
    private OutputComparison() {
    }

    static boolean matches(IoTest test, String actual) {
        String expected = test.expectedStdout();
        return switch (test.comparison()) {
            case EXACT -> expected.equals(actual);
            case TRAILING_WHITESPACE -> trimLines(expected).equals(trimLines(actual));
            case TOKENS -> tokens(expected).equals(tokens(actual));
            case NUMBERS -> numbersMatch(tokens(expected), tokens(actual), test.tolerance());
        };
    }

    /** Trailing spaces on each line and trailing blank lines do not count; CRLF equals LF. */
    static String trimLines(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static boolean numbersMatch(List<String> expected, List<String> actual, double tolerance) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!tokenMatches(expected.get(i), actual.get(i), tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenMatches(String expected, String actual, double tolerance) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return Math.abs(Double.parseDouble(expected) - Double.parseDouble(actual)) <= tolerance;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
