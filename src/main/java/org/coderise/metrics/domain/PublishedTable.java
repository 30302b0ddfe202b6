package org.coderise.metrics.domain;

import java.util.List;
import java.util.Optional;

/**
 * A table ready to show: the rows and columns of a {@link CountTable} with suppression applied, plus its totals
 * (the "Total" row, and the total column when the table has one).
 */
public record PublishedTable(List<String> rows, List<String> columns, Cell[][] cells, Optional<Cell[]> totalRow,
                             Optional<Cell[]> totalColumn, Optional<Cell> grandTotal, int k) {
}
