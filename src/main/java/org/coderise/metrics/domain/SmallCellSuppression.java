package org.coderise.metrics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Hides small groups so no individual can be singled out.
 * <ol>
 * <li>Primary: every count from 1 to k-1 is hidden (shown as "&lt; k"); zero is shown: it names nobody.</li>
 * <li>Complementary: a line (a column with its total, or a row with its total when rows add up) that has exactly
 * one hidden entry would give it away as "total minus the others", so a second entry of that line is hidden: the
 * smallest non-zero cell, else a zero cell, and only when the line has no other cell, its total. Hiding a cell
 * may leave another line with one hidden entry, so this repeats until every line has none or at least two.</li>
 * </ol>
 * Totals are treated as public (the program-wide figures appear elsewhere on the dashboard), which is why a second
 * cell is preferred over the total. Counts of a different date range are a different table: comparing two ranges
 * that differ by a day could still narrow a group down, so the dashboard and API only offer whole-day ranges and
 * the same k everywhere; this is a known limit of cell suppression.
 */
public final class SmallCellSuppression {
    private final int k;

    public SmallCellSuppression(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /** A single figure shown on its own (a funnel step, a headline count): hidden only if small. */
    public Cell single(long value) {
        return new Cell(value, isSmall(value) ? Cell.Suppression.SMALL : Cell.Suppression.NONE);
    }

    public PublishedTable apply(CountTable table) {
        Grid grid = new Grid(table);
        grid.suppressSmall();
        while (grid.protectLonelyCells()) {
            // every pass hides at least one more entry, so this ends
        }
        return grid.publish();
    }

    private boolean isSmall(long value) {
        return value > 0 && value < k;
    }

    /** The table with its totals as one grid: the last row and/or column hold the totals. */
    private final class Grid {
        private final CountTable table;
        private final int rows;
        private final int columns;
        private final long[][] values;
        private final Cell.Suppression[][] marks;

        Grid(CountTable table) {
            this.table = table;
            int r = table.rows().size();
            int c = table.columns().size();
            rows = r + (table.columnTotals() ? 1 : 0);
            columns = c + (table.rowTotals() ? 1 : 0);
            values = new long[rows][columns];
            marks = new Cell.Suppression[rows][columns];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    add(i, j, table.cell(i, j));
                }
            }
            for (Cell.Suppression[] row : marks) {
                Arrays.fill(row, Cell.Suppression.NONE);
            }
        }

        private void add(int i, int j, long value) {
            values[i][j] = value;
            if (table.columnTotals()) {
                values[rows - 1][j] += value;
            }
            if (table.rowTotals()) {
                values[i][columns - 1] += value;
            }
            if (table.columnTotals() && table.rowTotals()) {
                values[rows - 1][columns - 1] += value;
            }
        }

        void suppressSmall() {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    if (isSmall(values[i][j])) {
                        marks[i][j] = Cell.Suppression.SMALL;
                    }
                }
            }
        }

        /** One pass over every line that has a total; true if it hid anything. */
        boolean protectLonelyCells() {
            boolean changed = false;
            if (table.columnTotals()) {
                for (int j = 0; j < columns; j++) {
                    changed |= protect(columnLine(j));
                }
            }
            if (table.rowTotals()) {
                for (int i = 0; i < rows; i++) {
                    changed |= protect(rowLine(i));
                }
            }
            return changed;
        }

        /** The entries of column j, its total last. */
        private List<int[]> columnLine(int j) {
            List<int[]> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                line.add(new int[] {i, j});
            }
            return line;
        }

        /** The entries of row i, its total last. */
        private List<int[]> rowLine(int i) {
            List<int[]> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                line.add(new int[] {i, j});
            }
            return line;
        }

        private boolean protect(List<int[]> line) {
            long hidden = line.stream().filter(this::isHidden).count();
            if (hidden != 1) {
                return false;
            }
            int[] total = line.get(line.size() - 1);
            int[] partner = line.subList(0, line.size() - 1).stream().filter(p -> !isHidden(p))
                    .min((a, b) -> Long.compare(sortKey(a), sortKey(b)))
                    .orElse(total);
            if (isHidden(partner)) {
                return false;
            }
            marks[partner[0]][partner[1]] = Cell.Suppression.COMPLEMENTARY;
            return true;
        }

        /** Smallest non-zero first, zeros after every non-zero. */
        private long sortKey(int[] p) {
            long v = values[p[0]][p[1]];
            return v == 0 ? Long.MAX_VALUE : v;
        }

        private boolean isHidden(int[] p) {
            return marks[p[0]][p[1]] != Cell.Suppression.NONE;
        }

        PublishedTable publish() {
            int r = table.rows().size();
            int c = table.columns().size();
            Cell[][] cells = new Cell[r][c];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    cells[i][j] = cell(i, j);
                }
            }
            Optional<Cell[]> totalRow = Optional.empty();
            if (table.columnTotals()) {
                Cell[] totals = new Cell[c];
                for (int j = 0; j < c; j++) {
                    totals[j] = cell(rows - 1, j);
                }
                totalRow = Optional.of(totals);
            }
            Optional<Cell[]> totalColumn = Optional.empty();
            if (table.rowTotals()) {
                Cell[] totals = new Cell[r];
                for (int i = 0; i < r; i++) {
                    totals[i] = cell(i, columns - 1);
                }
                totalColumn = Optional.of(totals);
            }
            Optional<Cell> grand = table.columnTotals() && table.rowTotals()
                    ? Optional.of(cell(rows - 1, columns - 1)) : Optional.empty();
            return new PublishedTable(table.rows(), table.columns(), cells, totalRow, totalColumn, grand, k);
        }

        private Cell cell(int i, int j) {
            return new Cell(values[i][j], marks[i][j]);
        }
    }
}
