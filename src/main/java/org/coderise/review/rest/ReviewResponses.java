package org.coderise.review.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.coderise.review.application.LearnerReview;
import org.coderise.review.application.QueueEntry;
import org.coderise.review.application.ReviewView;
import org.coderise.review.application.Submissions;
import org.coderise.review.application.TurnaroundReport;
import org.coderise.review.domain.AuditEntry;
import org.coderise.review.domain.CommentSnippet;
import org.coderise.review.domain.Notification;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.domain.Turnaround;

/**
 * The JSON shapes of the review API. A wire contract: API clients read these names, so add fields rather than rename
 * or remove them. Durations are whole minutes; times are UTC ISO-8601 without offset. No contact details, ever.
 */
public final class ReviewResponses {
    private ReviewResponses() {
    }

    public record QueueItem(long id, String kind, String courseId, String courseTitle, String exerciseId,
            String exerciseTitle, String learnerName, Long cohortId, LocalDateTime requestedAt, long waitingMinutes,
            boolean overdue, boolean claimedByMe, LocalDateTime claimExpiresAt) {
        static QueueItem of(QueueEntry e) {
            return new QueueItem(e.requestId(), e.kind().name(), e.courseId(), e.courseTitle(), e.exerciseId(),
                    e.exerciseTitle(), e.learnerName(), e.cohortId(), e.requestedAt(), e.waiting().toMinutes(),
                    e.overdue(), e.claimedByMe(), e.claimExpiresAt());
        }
    }

    public record Claim(long id, LocalDateTime expiresAt) {
        static Claim of(ReviewRequest r) {
            return new Claim(r.id(), r.claimExpiresAt().orElseThrow());
        }
    }

    public record Comment(long id, String file, int line, String html, LocalDateTime createdAt, String replyHtml,
            LocalDateTime repliedAt) {
        static Comment of(ReviewComment c) {
            return new Comment(c.id(), c.filePath(), c.lineNumber(), c.bodyHtml(), c.createdAt(),
                    c.replyHtml().orElse(null), c.repliedAt().orElse(null));
        }
    }

    public record Review(long id, String kind, String status, String courseId, String exerciseId, String question,
            LocalDateTime requestedAt, String decision, LocalDateTime decidedAt, String generalCommentHtml,
            Map<String, Integer> rubricScores, List<Comment> comments) {
        static Review of(ReviewRequest r, List<ReviewComment> comments) {
            return new Review(r.id(), r.kind().name(), r.status().name(), r.courseId(), r.exerciseId(),
                    r.question().orElse(null), r.requestedAt(), r.decision().map(Enum::name).orElse(null),
                    r.decidedAt().orElse(null), r.generalCommentHtml().orElse(null), r.rubricScores(),
                    comments.stream().map(Comment::of).toList());
        }

        static Review of(LearnerReview review) {
            return of(review.request(), review.comments());
        }
    }

    /** What a mentor reviews: the request, the learner's display name, the code and the automatic results. */
    public record ReviewDetail(Review review, String learnerName, boolean claimedByMe, long submissionId,
            Long previousSubmissionId, List<Submissions.CodeFile> files, String verdict, int score, int maxScore,
            List<Submissions.TestOutcome> tests) {
        static ReviewDetail of(ReviewView v) {
            var s = v.submission();
            return new ReviewDetail(Review.of(v.request(), v.comments()), v.learnerName(), v.claimedByCaller(),
                    s.submissionId(), v.request().previousSubmissionId().orElse(null), s.files(), s.verdict(),
                    s.score(), s.maxScore(), s.tests());
        }
    }

    public record NotificationItem(long id, String kind, long reviewId, LocalDateTime createdAt, boolean read) {
        static NotificationItem of(Notification n) {
            return new NotificationItem(n.id(), n.kind().name(), n.requestId(), n.createdAt(), n.readAt().isPresent());
        }
    }

    public record Notifications(long unread, List<NotificationItem> items) {
    }

    public record Figures(Long medianMinutes, Long p90Minutes, int responded, int backlog, Long oldestWaitingMinutes,
            int overdue) {
        static Figures of(Turnaround t) {
            return new Figures(t.median().map(d -> d.toMinutes()).orElse(null),
                    t.p90().map(d -> d.toMinutes()).orElse(null), t.responded(), t.backlog(),
                    t.oldestWaiting().map(d -> d.toMinutes()).orElse(null), t.overdue());
        }
    }

    public record FiguresRow(String key, Figures figures) {
        static List<FiguresRow> of(List<TurnaroundReport.Row> rows) {
            return rows.stream().map(r -> new FiguresRow(r.key(), Figures.of(r.figures()))).toList();
        }
    }

    public record TurnaroundFigures(long targetHours, Figures overall, List<FiguresRow> byCohort, List<FiguresRow> byMentor) {
        static TurnaroundFigures of(TurnaroundReport.Figures f) {
            return new TurnaroundFigures(f.targetHours(), Figures.of(f.overall()), FiguresRow.of(f.byCohort()),
                    FiguresRow.of(f.byMentor()));
        }
    }

    public record Snippet(long id, String title, String body) {
        static Snippet of(CommentSnippet s) {
            return new Snippet(s.id(), s.title(), s.body());
        }
    }

    public record Report(long id, long commentId, long reviewId, String reason, LocalDateTime reportedAt, String commentHtml) {
    }

    public record Audit(long id, long actorId, String action, Long reviewId, String detail, LocalDateTime at) {
        static Audit of(AuditEntry a) {
            return new Audit(a.id(), a.actorId(), a.action().name(), a.requestId().orElse(null),
                    a.detail().orElse(null), a.actedAt());
        }
    }
}
