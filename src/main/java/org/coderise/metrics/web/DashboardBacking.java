package org.coderise.metrics.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.DashboardService;
import org.coderise.metrics.application.GroupNames;
import org.coderise.metrics.application.MetricsCsv;
import org.coderise.metrics.application.ProgressReport;
import org.coderise.metrics.domain.Cell;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.Funnel;
import org.coderise.metrics.domain.FunnelStage;
import org.coderise.metrics.domain.GoalProgress;
import org.coderise.metrics.domain.InvalidMetricsQueryException;
import org.coderise.metrics.domain.PublishedTable;
import org.coderise.metrics.domain.ReachDefinition;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The manager's dashboard: the goal under the chosen definition of "reached", the funnel of a registration range
 * and a breakdown of that range. Only suppressed aggregates reach the page; the CSV downloads are the same tables.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboard;
    @Inject
    private GroupNames names;

    private String definition = ReachDefinition.ENROLLED_AND_SUBMITTED.code();
    private String dimension = Dimension.COUNTRY.code();
    private LocalDate from = today().minusDays(364);
    private LocalDate to = today();
    private transient ProgressReport report;
    private transient Funnel funnel;
    private transient Breakdown breakdown;
    private transient Map<String, String> labels;

    /**
     * Reads everything for the current choices. A question the service refuses (a reversed or too long range) becomes
     * the translated message {@code problem.<type>} on the page, not an error page; the tables are then not shown.
     */
    public void load() {
        try {
            DateRange range = new DateRange(from, to);
            report = dashboard.progress(ReachDefinition.ofCode(definition), today());
            funnel = dashboard.funnel(range);
            breakdown = dashboard.breakdown(Dimension.breakdownOf(dimension), range);
            labels = names.of(breakdown);
        } catch (InvalidMetricsQueryException e) {
            report = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    problem(e), null));
        }
    }

    public boolean isLoaded() {
        return report != null && funnel != null && breakdown != null;
    }

    public String getGoalChart() {
        return DashboardCharts.goal(report, this::text);
    }

    public String getFunnelChart() {
        return DashboardCharts.funnel(funnel, getStageNames(), text("funnel.learners"));
    }

    public List<String> getStageNames() {
        return Arrays.stream(FunnelStage.values()).map(s -> text("stage." + s.code())).toList();
    }

    public List<String> getColumnNames() {
        return breakdown.table().columns().stream().map(c -> text("measure." + c)).toList();
    }

    /** The breakdown rows as the table shows them; the last row is the total. */
    public List<TableRow> getBreakdownRows() {
        List<TableRow> rows = new ArrayList<>();
        PublishedTable table = breakdown.table();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(new TableRow(label(table.rows().get(i)), false, texts(table.cells()[i])));
        }
        table.totalRow().ifPresent(total -> rows.add(new TableRow(text("breakdown.total"), true, texts(total))));
        return rows;
    }

    /** A cell as shown: the number, "< k", or "hidden" (protecting a small cell elsewhere in its column). */
    public String cell(Cell cell) {
        return switch (cell.suppression()) {
            case NONE -> String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%,d", cell.value());
            case SMALL -> "< " + k();
            case COMPLEMENTARY -> text("cell.hidden");
        };
    }

    public String percent(double value) {
        return String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f", value);
    }

    public StreamedContent getBreakdownCsv() {
        return csv("breakdown-" + dimension + "-" + breakdown.range().from() + "-" + breakdown.range().to() + ".csv",
                out -> MetricsCsv.breakdown(breakdown, labels, out));
    }

    public StreamedContent getFunnelCsv() {
        return csv("funnel-" + from + "-" + to + ".csv", out -> MetricsCsv.funnel(funnel, k(), out));
    }

    public StreamedContent getProgressCsv() {
        return csv("progress-" + definition + ".csv", out -> MetricsCsv.months(report, k(), out));
    }

    public List<String> getDefinitions() {
        return Arrays.stream(ReachDefinition.values()).map(ReachDefinition::code).toList();
    }

    public List<String> getDimensions() {
        return Arrays.stream(Dimension.breakdowns()).map(Dimension::code).toList();
    }

    public int k() {
        return dashboard.settings().suppression().k();
    }

    public ProgressReport getReport() {
        return report;
    }

    public GoalProgress getProgress() {
        return report.progress();
    }

    /** The whole months the breakdown covers. */
    public DateRange getBreakdownRange() {
        return breakdown.range();
    }

    public Funnel getFunnel() {
        return funnel;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** One row of a table as displayed. */
    public record TableRow(String label, boolean total, List<String> cells) {
    }

    /** A group as the table shows it: a partner's or cohort's current name, "unknown" in the page's language. */
    private String label(String group) {
        return Dimension.UNKNOWN.equals(group) ? text("breakdown.unknown") : labels.get(group);
    }

    private String problem(InvalidMetricsQueryException e) {
        try {
            return MessageFormat.format(text("problem." + e.type()), e.arguments().toArray());
        } catch (MissingResourceException noTranslation) {
            return e.getMessage();
        }
    }

    private List<String> texts(Cell[] cells) {
        return Arrays.stream(cells).map(this::cell).toList();
    }

    private StreamedContent csv(String name, Consumer<StringWriter> writer) {
        StringWriter out = new StringWriter();
        writer.accept(out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType(MetricsCsv.MEDIA_TYPE + "; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "metricsMsg");
        return bundle.getString(key);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
