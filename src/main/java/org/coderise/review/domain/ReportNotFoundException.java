package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** No open report with this id. */
public class ReportNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReportNotFoundException(long reportId) {
        super("review-report-not-found", 404, "No open report " + reportId, reportId);
    }

    @Override
    public String title() {
        return "Report not found";
    }
}
