package org.coderise.sandbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.coderise.sandbox.api.IoTest;
import org.coderise.sandbox.api.IoTest.Comparison;
import org.junit.jupiter.api.Test;

class OutputComparisonTest {

    private static boolean matches(String expected, String actual, Comparison comparison, double tolerance) {
        return OutputComparison.matches(new IoTest("case", "", expected, comparison, tolerance), actual);
    }

    @Test
    void exactComparisonCountsEveryByte() {
        assertThat(matches("12\n", "12\n", Comparison.EXACT, 0)).isTrue();
        assertThat(matches("12\n", "12 \n", Comparison.EXACT, 0)).isFalse();
    }

    @Test
    void trailingWhitespaceComparisonForgivesLineEndsAndBlankLinesButNotInnerSpaces() {
        assertThat(matches("a b\nc\n", "a b  \r\nc\n\n\n", Comparison.TRAILING_WHITESPACE, 0)).isTrue();
        assertThat(matches("a b\n", "a  b\n", Comparison.TRAILING_WHITESPACE, 0)).isFalse();
        assertThat(matches("a\nb\n", "a\n\nb\n", Comparison.TRAILING_WHITESPACE, 0)).isFalse();
    }

    @Test
    void tokenComparisonIgnoresHowWordsAreSpaced() {
        assertThat(matches("1 2 3", "1\n2   3\n", Comparison.TOKENS, 0)).isTrue();
        assertThat(matches("1 2 3", "1 2", Comparison.TOKENS, 0)).isFalse();
    }

    @Test
    void numberComparisonAcceptsNumbersWithinTheTolerance() {
        assertThat(matches("total 0.33", "total 0.333", Comparison.NUMBERS, 0.01)).isTrue();
        assertThat(matches("0.33", "0.35", Comparison.NUMBERS, 0.01)).isFalse();
        assertThat(matches("total 1", "sum 1", Comparison.NUMBERS, 0.01)).isFalse();
    }
}
