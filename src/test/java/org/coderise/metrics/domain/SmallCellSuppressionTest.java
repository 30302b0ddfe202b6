package org.coderise.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {
    private final SmallCellSuppression suppression = new SmallCellSuppression(10);

    @Test
    void hidesACohortOfNineAndShowsZeroAndTen() {
        PublishedTable table = suppression.apply(column(List.of("a", "b", "c", "d"), 9, 0, 10, 40));

        assertThat(table.cells()[0][0].suppression()).isEqualTo(Cell.Suppression.SMALL);
        assertThat(table.cells()[1][0].published()).hasValue(0);
        assertThat(table.cells()[3][0].published()).hasValue(40);
    }

    @Test
    void hidesASecondCellSoTheTotalMinusTheOthersRevealsNothing() {
        PublishedTable table = suppression.apply(column(List.of("a", "b", "c"), 9, 25, 40));

        assertThat(table.cells()[1][0].suppression()).isEqualTo(Cell.Suppression.COMPLEMENTARY);
        assertThat(table.cells()[2][0].published()).hasValue(40);
        assertThat(table.totalRow().orElseThrow()[0].published()).hasValue(74);
        assertNoLineHasExactlyOneHiddenEntry(table);
    }

    @Test
    void prefersTheSmallestNonZeroCellAsTheComplement() {
        PublishedTable table = suppression.apply(column(List.of("a", "b", "c", "d"), 3, 0, 50, 12));

        assertThat(table.cells()[3][0].suppression()).isEqualTo(Cell.Suppression.COMPLEMENTARY);
        assertThat(table.cells()[1][0].suppressed()).isFalse();
        assertThat(table.cells()[2][0].suppressed()).isFalse();
    }

    @Test
    void hidesTheTotalWhenTheSmallCellIsAloneInItsColumn() {
        PublishedTable table = suppression.apply(column(List.of("a"), 4));

        assertThat(table.totalRow().orElseThrow()[0].suppressed()).isTrue();
    }

    @Test
    void leavesTwoSmallCellsInAColumnAsTheyAre() {
        PublishedTable table = suppression.apply(column(List.of("a", "b", "c"), 4, 5, 90));

        assertThat(table.cells()[2][0].suppressed()).isFalse();
        assertThat(table.totalRow().orElseThrow()[0].published()).hasValue(99);
    }

    @Test
    void protectsRowsAndColumnsOfACrossTabulationUntilStable() {
        long[][] cells = {
            {20, 30, 5},
            {40, 50, 60},
            {70, 80, 90},
        };
        PublishedTable table = suppression.apply(new CountTable(List.of("r1", "r2", "r3"),
                List.of("c1", "c2", "c3"), cells, true, true));

        assertThat(table.cells()[0][2].suppression()).isEqualTo(Cell.Suppression.SMALL);
        assertThat(table.cells()[0][0].suppression()).isEqualTo(Cell.Suppression.COMPLEMENTARY);
        assertThat(table.cells()[1][2].suppression()).isEqualTo(Cell.Suppression.COMPLEMENTARY);
        assertThat(table.cells()[1][0].suppression()).isEqualTo(Cell.Suppression.COMPLEMENTARY);
        assertNoLineHasExactlyOneHiddenEntry(table);
    }

    @Test
    void hidesASmallHeadlineFigure() {
        assertThat(suppression.single(9).suppressed()).isTrue();
        assertThat(suppression.single(10).published()).hasValue(10);
    }

    private static CountTable column(List<String> rows, long... counts) {
        long[][] cells = Arrays.stream(counts).mapToObj(c -> new long[] {c}).toArray(long[][]::new);
        return new CountTable(rows, List.of("learners"), cells, true, false);
    }

    /** The property that matters: no line (with its total) has a single hidden entry to recover by subtraction. */
    private static void assertNoLineHasExactlyOneHiddenEntry(PublishedTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        for (int j = 0; j < columns; j++) {
            long hidden = table.totalRow().orElseThrow()[j].suppressed() ? 1 : 0;
            for (int i = 0; i < rows; i++) {
                hidden += table.cells()[i][j].suppressed() ? 1 : 0;
            }
            assertThat(hidden).as("hidden entries in column %d", j).isNotEqualTo(1);
        }
        table.totalColumn().ifPresent(totals -> {
            for (int i = 0; i < rows; i++) {
                long hidden = totals[i].suppressed() ? 1 : 0;
                for (int j = 0; j < columns; j++) {
                    hidden += table.cells()[i][j].suppressed() ? 1 : 0;
                }
                assertThat(hidden).as("hidden entries in row %d", i).isNotEqualTo(1);
            }
        });
    }
}
