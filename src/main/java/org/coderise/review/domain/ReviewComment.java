package org.coderise.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A mentor's comment anchored to one line of one file of the reviewed submission: a thread the learner may answer
 * once. Text is kept as written (Markdown) and as sanitised HTML, rendered once when written. An admin may hide a
 * reported comment; hidden comments are no longer shown to the learner.
 */
@Entity
@Table(name = "review_comments")
public class ReviewComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "file_path", nullable = false)
    private String filePath;
    @Column(name = "line_number", nullable = false)
    private int lineNumber;
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "reply_markdown")
    private String replyMarkdown;
    @Column(name = "reply_html")
    private String replyHtml;
    @Column(name = "replied_at")
    private LocalDateTime repliedAt;
    @Column(nullable = false)
    private boolean hidden;

    protected ReviewComment() {
    }

    public ReviewComment(long requestId, long authorId, String filePath, int lineNumber, RenderedText body,
            LocalDateTime now) {
        this.requestId = requestId;
        this.authorId = authorId;
        this.filePath = filePath;
        this.lineNumber = lineNumber;
        this.bodyMarkdown = body.markdown();
        this.bodyHtml = body.html();
        this.createdAt = now;
    }

    /** The learner's one answer to this thread. @throws AlreadyRepliedException on a second reply */
    public void reply(RenderedText reply, LocalDateTime now) {
        if (repliedAt != null) {
            throw new AlreadyRepliedException(id);
        }
        this.replyMarkdown = reply.markdown();
        this.replyHtml = reply.html();
        this.repliedAt = now;
    }

    public void hide() {
        this.hidden = true;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public long authorId() {
        return authorId;
    }

    public String filePath() {
        return filePath;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Optional<String> replyHtml() {
        return Optional.ofNullable(replyHtml);
    }

    public Optional<LocalDateTime> repliedAt() {
        return Optional.ofNullable(repliedAt);
    }

    public boolean hidden() {
        return hidden;
    }
}
