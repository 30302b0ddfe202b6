package org.coderise.metrics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coderise.metrics.application.ProgressReport;
import org.coderise.metrics.domain.Funnel;
import org.coderise.metrics.domain.GoalProgress;

/**
 * Chart.js configurations as JSON for {@code p:chart}. Hidden (suppressed) points are left out as {@code null}, so a
 * chart never shows more than the tables beside it, which are the charts' text alternatives.
 */
final class DashboardCharts {
    private DashboardCharts() {
    }

    /** Learners reached at each month's end, the projection at the 30-day rate, and the target, up to the deadline. */
    static String goal(ProgressReport report, Function<String, String> text) {
        GoalProgress progress = report.progress();
        YearMonth first = report.months().isEmpty() ? YearMonth.from(progress.today())
                : report.months().get(0).month();
        YearMonth last = YearMonth.from(progress.goal().deadline());
        Map<YearMonth, Long> actual = new HashMap<>();
        report.months().forEach(p -> p.learners().published().ifPresent(v -> actual.put(p.month(), v)));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reached = Json.createArrayBuilder();
        JsonArrayBuilder projected = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        YearMonth now = YearMonth.from(progress.today());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            labels.add(month.toString());
            addOrNull(reached, actual.get(month));
            addOrNull(projected, month.isBefore(now) || report.reached().suppressed() ? null : projection(progress, month));
            target.add(progress.goal().target());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(text.apply("chart.reached"), reached, "#1f6feb", false))
                        .add(dataset(text.apply("chart.projection"), projected, "#8250df", true))
                        .add(dataset(text.apply("chart.target"), target, "#cf222e", true))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("spanGaps", false))
                .build().toString();
    }

    /** One bar per funnel stage. */
    static String funnel(Funnel funnel, List<String> stageNames, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (int i = 0; i < funnel.steps().size(); i++) {
            labels.add(stageNames.get(i));
            var value = funnel.steps().get(i).learners().published();
            addOrNull(values, value.isPresent() ? value.getAsLong() : null);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", values)
                                .add("backgroundColor", "#1f6feb"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false))
                .build().toString();
    }

    private static Long projection(GoalProgress progress, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        long days = Math.max(0, ChronoUnit.DAYS.between(progress.today(), end));
        return Math.min(progress.goal().target(), progress.current() + Math.round(progress.rate30() * days));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("pointRadius", 0).add("fill", false);
        if (dashed) {
            dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return dataset;
    }

    private static void addOrNull(JsonArrayBuilder array, Long value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
