package org.coderise.metrics.rest;

import java.time.LocalDate;
import java.util.List;
import org.coderise.metrics.domain.Funnel;

/** The funnel of learners registered from {@code from} to {@code to}; a public API contract (add, never rename). */
public record FunnelResponse(LocalDate from, LocalDate to, List<Stage> stages, int k) {

    /** One stage; {@code percentOfPrevious} is absent for the first stage and wherever a count is suppressed. */
    public record Stage(String stage, CellResponse learners, Double percentOfPrevious) {
    }

    static FunnelResponse of(Funnel funnel, LocalDate from, LocalDate to, int k) {
        return new FunnelResponse(from, to, funnel.steps().stream().map(s -> new Stage(s.stage().code(),
                CellResponse.of(s.learners()),
                s.shareOfPrevious().isPresent() ? s.shareOfPrevious().getAsDouble() : null)).toList(), k);
    }
}
