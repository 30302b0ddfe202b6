package org.coderise.metrics.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.PublishedTable;

/**
 * Learners who first reached each milestone from {@code from} to {@code to} (the asked range widened to whole
 * months), per group of a dimension, with a total row. Cells in {@code rows[i].cells} follow {@code columns}.
 * {@code group} is the stored value (a partner's or cohort's id); {@code label} is what to show (its current name).
 * A public API contract: add fields, never rename.
 */
public record BreakdownResponse(String dimension, LocalDate from, LocalDate to, List<String> columns, List<Row> rows,
                                List<CellResponse> total, int k) {

    public record Row(String group, String label, List<CellResponse> cells) {
    }

    static BreakdownResponse of(Breakdown breakdown, Map<String, String> labels) {
        PublishedTable table = breakdown.table();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String group = table.rows().get(i);
            rows.add(new Row(group, labels.get(group), cells(table.cells()[i])));
        }
        return new BreakdownResponse(breakdown.dimension().code(), breakdown.range().from(), breakdown.range().to(),
                table.columns(), rows,
                table.totalRow().map(BreakdownResponse::cells).orElse(List.of()), table.k());
    }

    private static List<CellResponse> cells(Cell[] cells) {
        return Arrays.stream(cells).map(CellResponse::of).toList();
    }
}
