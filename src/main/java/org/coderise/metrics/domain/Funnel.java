package org.coderise.metrics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The funnel of the learners who registered in a period: how many got to each stage, and what share of the previous
 * stage went on. Small counts are hidden like any other cell, and so is any share computed from a hidden count.
 */
public record Funnel(List<Step> steps) {

    public record Step(FunnelStage stage, Cell learners, OptionalDouble shareOfPrevious) {
    }

    /** The funnel from raw stage counts (stages missing from the map count 0). */
    public static Funnel of(Map<FunnelStage, Long> counts, SmallCellSuppression suppression) {
        List<Step> steps = new ArrayList<>();
        Cell previous = null;
        for (FunnelStage stage : FunnelStage.values()) {
            Cell cell = suppression.single(counts.getOrDefault(stage, 0L));
            steps.add(new Step(stage, cell, share(cell, previous)));
            previous = cell;
        }
        return new Funnel(List.copyOf(steps));
    }

    private static OptionalDouble share(Cell cell, Cell previous) {
        if (previous == null || cell.suppressed() || previous.suppressed() || previous.value() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * cell.value() / previous.value());
    }
}
