package org.coderise.grading.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coderise.grading.infrastructure.GraderStatusReport;
import org.coderise.grading.infrastructure.GraderStatusReport.GradingStatus;

/** The grader status panel (/admin/grading.xhtml): read once per request, so a reload shows fresh figures. */
@Named
@RequestScoped
public class GraderStatusBacking {
    @Inject
    GraderStatusReport report;

    private GradingStatus status;

    public GradingStatus getStatus() {
        if (status == null) {
            status = report.current();
        }
        return status;
    }
}
