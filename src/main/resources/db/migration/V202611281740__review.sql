-- Review: requests for a mentor's eyes, claims, line comments, decisions, rubric scores, snippets, notifications,
-- reports of comments and the audit log. Users, cohorts, submissions and exercises belong to other contexts and are
-- referenced by id only (no foreign keys across contexts).
CREATE TABLE review_requests (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    previous_submission_id BIGINT,
    learner_id BIGINT NOT NULL,
    cohort_id BIGINT,
    course_id VARCHAR(100) NOT NULL,
    exercise_id VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    question TEXT,
    status VARCHAR(16) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    claimed_by BIGINT,
    claim_expires_at DATETIME(6),
    first_response_at DATETIME(6),
    first_response_by BIGINT,
    decision VARCHAR(24),
    decided_by BIGINT,
    decided_at DATETIME(6),
    general_comment_markdown TEXT,
    general_comment_html TEXT,
    CONSTRAINT uq_review_requests_submission_kind UNIQUE (submission_id, kind)
);
CREATE INDEX ix_review_requests_queue ON review_requests (status, cohort_id, requested_at);
CREATE INDEX ix_review_requests_learner ON review_requests (learner_id, course_id, exercise_id);

CREATE TABLE review_rubric_scores (
    request_id BIGINT NOT NULL,
    criterion VARCHAR(100) NOT NULL,
    score INT NOT NULL,
    CONSTRAINT pk_review_rubric_scores PRIMARY KEY (request_id, criterion),
    CONSTRAINT fk_review_rubric_scores_request FOREIGN KEY (request_id) REFERENCES review_requests (id)
);

CREATE TABLE review_comments (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    file_path VARCHAR(255) NOT NULL,
    line_number INT NOT NULL,
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    reply_markdown TEXT,
    reply_html TEXT,
    replied_at DATETIME(6),
    hidden BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT fk_review_comments_request FOREIGN KEY (request_id) REFERENCES review_requests (id)
);
CREATE INDEX ix_review_comments_request ON review_comments (request_id, file_path, line_number);

CREATE TABLE review_comment_reports (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    comment_id BIGINT NOT NULL,
    reporter_id BIGINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    resolution VARCHAR(16),
    resolved_by BIGINT,
    resolved_at DATETIME(6),
    CONSTRAINT uq_review_comment_reports UNIQUE (comment_id, reporter_id),
    CONSTRAINT fk_review_comment_reports_comment FOREIGN KEY (comment_id) REFERENCES review_comments (id)
);
CREATE INDEX ix_review_comment_reports_open ON review_comment_reports (resolution, reported_at);

CREATE TABLE review_snippets (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentor_id BIGINT NOT NULL,
    title VARCHAR(100) NOT NULL,
    body TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_review_snippets_mentor ON review_snippets (mentor_id);

CREATE TABLE review_notifications (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    request_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6),
    CONSTRAINT fk_review_notifications_request FOREIGN KEY (request_id) REFERENCES review_requests (id)
);
CREATE INDEX ix_review_notifications_recipient ON review_notifications (recipient_id, read_at);

CREATE TABLE review_audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor_id BIGINT NOT NULL,
    action VARCHAR(32) NOT NULL,
    request_id BIGINT,
    detail VARCHAR(500),
    acted_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_review_audit_request ON review_audit (request_id, acted_at);
