package org.coderise.metrics.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.Funnel;
import org.coderise.metrics.domain.PublishedTable;

/**
 * The dashboard's tables as CSV, with the same suppressed cells as the page ({@link #text}); column names are the
 * stable codes of the API, so a partner's spreadsheet keeps working across languages and releases.
 */
public final class MetricsCsv {
    public static final String MEDIA_TYPE = "text/csv";

    private MetricsCsv() {
    }

    /** A cell as shown everywhere: the number, "&lt; k" for a small group, "hidden" for a complementary cell. */
    public static String text(Cell cell, int k) {
        return switch (cell.suppression()) {
            case NONE -> Long.toString(cell.value());
            case SMALL -> "< " + k;
            case COMPLEMENTARY -> "hidden";
        };
    }

    /**
     * A breakdown, one row per group and the total row. Groups are written by their label ({@link GroupNames});
     * partners and cohorts also get their id in a second column ({@code partner_id}, {@code cohort_id}) to join on.
     */
    public static void breakdown(Breakdown breakdown, Map<String, String> labels, Writer out) {
        PublishedTable table = breakdown.table();
        boolean ids = breakdown.dimension().named();
        List<String> header = new ArrayList<>();
        header.add(breakdown.dimension().code());
        if (ids) {
            header.add(breakdown.dimension().code() + "_id");
        }
        header.addAll(table.columns());
        print(out, printer -> {
            printer.printRecord(header);
            for (int i = 0; i < table.rows().size(); i++) {
                String group = table.rows().get(i);
                // A group whose name is gone (e.g. a deleted partner) is still a row: it shows its id.
                String label = labels.getOrDefault(group, group);
                printer.printRecord(row(ids ? List.of(label, group) : List.of(label),
                        table.cells()[i], table.k()));
            }
            if (table.totalRow().isPresent()) {
                printer.printRecord(row(ids ? List.of("total", "") : List.of("total"), table.totalRow().get(),
                        table.k()));
            }
        });
    }

    public static void funnel(Funnel funnel, int k, Writer out) {
        print(out, printer -> {
            printer.printRecord("stage", "learners", "percent_of_previous");
            for (Funnel.Step step : funnel.steps()) {
                printer.printRecord(step.stage().code(), text(step.learners(), k),
                        step.shareOfPrevious().isPresent() ? String.format(Locale.ROOT, "%.1f",
                                step.shareOfPrevious().getAsDouble()) : "");
            }
        });
    }

    public static void months(ProgressReport report, int k, Writer out) {
        print(out, printer -> {
            printer.printRecord("month", report.definition().code());
            for (ProgressReport.MonthPoint point : report.months()) {
                printer.printRecord(point.month().toString(), text(point.learners(), k));
            }
        });
    }

    private static List<String> row(List<String> labels, Cell[] cells, int k) {
        List<String> row = new ArrayList<>(labels);
        for (Cell cell : cells) {
            row.add(text(cell, k));
        }
        return row;
    }

    private static void print(Writer out, Body body) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            body.write(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV export", e);
        }
    }

    @FunctionalInterface
    private interface Body {
        void write(CSVPrinter printer) throws IOException;
    }
}
