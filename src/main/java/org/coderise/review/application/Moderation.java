package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.coderise.review.domain.AuditEntry;
import org.coderise.review.domain.CommentReport;
import org.coderise.review.domain.ReportNotFoundException;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.RoleRequiredException;
import org.coderise.review.infrastructure.AuditLog;
import org.coderise.review.infrastructure.ReviewComments;
import org.coderise.shared.domain.UtcTime;

/** The admins' queue of reported comments: hide the comment from the learner, or dismiss the report. Audited. */
@ApplicationScoped
public class Moderation {
    @Inject
    ReviewComments comments;
    @Inject
    AuditLog audit;

    /** An open report with the comment it is about. */
    public record ReportedComment(CommentReport report, ReviewComment comment) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportedComment> openReports(Caller caller) {
        requireAdmin(caller);
        return comments.openReports().stream()
                .map(r -> new ReportedComment(r, comments.find(r.commentId()).orElseThrow())).toList();
    }

    @Transactional
    public void hideComment(Caller caller, long reportId) {
        settle(caller, reportId, CommentReport.Resolution.COMMENT_HIDDEN);
    }

    @Transactional
    public void dismiss(Caller caller, long reportId) {
        settle(caller, reportId, CommentReport.Resolution.DISMISSED);
    }

    /** The audit log, newest first: admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditLog(Caller caller, Long requestId) {
        requireAdmin(caller);
        return requestId == null ? audit.latest(500) : audit.ofRequest(requestId);
    }

    private void settle(Caller caller, long reportId, CommentReport.Resolution how) {
        requireAdmin(caller);
        CommentReport report = comments.findOpenReport(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        ReviewComment comment = comments.find(report.commentId()).orElseThrow();
        LocalDateTime now = UtcTime.now();
        if (how == CommentReport.Resolution.COMMENT_HIDDEN) {
            comment.hide();
        }
        report.resolve(how, caller.id(), now);
        audit.add(new AuditEntry(caller.id(), how == CommentReport.Resolution.COMMENT_HIDDEN
                ? AuditEntry.Action.COMMENT_HIDDEN : AuditEntry.Action.REPORT_DISMISSED, comment.requestId(),
                "report " + reportId + ", comment " + comment.id(), now));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new RoleRequiredException("ADMIN");
        }
    }
}
