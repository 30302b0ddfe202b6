package org.coderise.metrics.domain;

import java.util.List;

/**
 * A table of learner counts before suppression: one row per group, one column per measure. Totals are sums:
 * {@code columnTotals} adds each column's rows (a "Total" row); {@code rowTotals} adds each row's columns, which only
 * makes sense when the columns are parts of one whole (a cross-tabulation).
 */
public record CountTable(List<String> rows, List<String> columns, long[][] cells, boolean columnTotals,
                         boolean rowTotals) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (cells.length != rows.size()) {
            throw new IllegalArgumentException("Expected " + rows.size() + " rows, got " + cells.length);
        }
        for (long[] row : cells) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("Expected " + columns.size() + " columns, got " + row.length);
            }
        }
    }

    public long cell(int row, int column) {
        return cells[row][column];
    }
}
