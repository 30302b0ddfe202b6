package org.coderise.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.application.TurnaroundReport;

/** Backs {@code /mentor/turnaround.xhtml}: turnaround per cohort and mentor, for mentors and program managers. */
@Named
@RequestScoped
public class TurnaroundBacking {
    @Inject
    TurnaroundReport report;
    @Inject
    ReviewAccess access;

    private TurnaroundReport.Figures figures;

    public TurnaroundReport.Figures getFigures() {
        if (figures == null) {
            figures = report.figures(access.caller());
        }
        return figures;
    }
}
