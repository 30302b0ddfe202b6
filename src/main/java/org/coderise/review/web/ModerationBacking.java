package org.coderise.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coderise.review.application.Moderation;
import org.coderise.review.application.ReviewAccess;

/** Backs {@code /admin/review-reports.xhtml}: reported comments to hide or dismiss. */
@Named
@RequestScoped
public class ModerationBacking {
    @Inject
    Moderation moderation;
    @Inject
    ReviewAccess access;
    @Inject
    PageMessages messages;

    private List<Moderation.ReportedComment> reports;

    public List<Moderation.ReportedComment> getReports() {
        if (reports == null) {
            reports = moderation.openReports(access.caller());
        }
        return reports;
    }

    public void hide(long reportId) {
        if (messages.attempt(() -> moderation.hideComment(access.caller(), reportId))) {
            messages.info("moderation.hidden");
        }
        reports = null;
    }

    public void dismiss(long reportId) {
        if (messages.attempt(() -> moderation.dismiss(access.caller(), reportId))) {
            messages.info("moderation.dismissed");
        }
        reports = null;
    }
}
