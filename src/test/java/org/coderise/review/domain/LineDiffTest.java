package org.coderise.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coderise.review.domain.LineDiff.Change;
import org.coderise.review.domain.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void identicalTextsAreAllSame() {
        assertThat(LineDiff.between("a\nb\n", "a\nb\n")).extracting(Line::change).containsOnly(Change.SAME);
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithBothLineNumbers() {
        List<Line> diff = LineDiff.between("total = 0\nprint(total)\n", "total = 0\nprint(total + 1)\n");

        assertThat(diff).containsExactly(
                new Line(Change.SAME, 1, 1, "total = 0"),
                new Line(Change.REMOVED, 2, 0, "print(total)"),
                new Line(Change.ADDED, 0, 2, "print(total + 1)"));
    }

    @Test
    void insertedLinesKeepTheRestAligned() {
        List<Line> diff = LineDiff.between("a\nc", "a\nb\nc");

        assertThat(diff).containsExactly(new Line(Change.SAME, 1, 1, "a"), new Line(Change.ADDED, 0, 2, "b"),
                new Line(Change.SAME, 2, 3, "c"));
    }

    @Test
    void aFirstAttemptDiffsAgainstNothing() {
        assertThat(LineDiff.between("", "x\ny")).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
    }

    @Test
    void aFinalNewlineDoesNotMakeAnExtraLine() {
        assertThat(LineDiff.lines("a\nb\n")).containsExactly("a", "b");
        assertThat(LineDiff.lines("a\r\nb")).containsExactly("a", "b");
        assertThat(LineDiff.lines("")).isEmpty();
    }

    @Test
    void hugeFilesAreShownAsReplacedRatherThanDiffed() {
        String big = "x\n".repeat(LineDiff.MAX_LINES + 1);

        assertThat(LineDiff.between(big, "y")).hasSize(LineDiff.MAX_LINES + 2);
    }
}
