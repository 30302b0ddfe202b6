-- Grading: submissions and their durable queue. A submission and its queue entry are written in one transaction; the
-- queue row disappears in the same transaction that records the result, so a crash never loses or doubles a grade.
CREATE TABLE grading_submission (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    exercise_id VARCHAR(100) NOT NULL,
    catalog_version VARCHAR(100) NOT NULL,
    language VARCHAR(32) NOT NULL,
    files_json MEDIUMTEXT NOT NULL,
    files_bytes INT NOT NULL,
    hidden_suites VARCHAR(4000) NOT NULL,
    hidden_cases VARCHAR(4000) NOT NULL,
    max_score INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    verdict VARCHAR(32),
    score INT,
    passed_tests INT,
    total_tests INT,
    message VARCHAR(1000),
    result_json MEDIUMTEXT,
    received_at DATETIME(6) NOT NULL,
    queued_at DATETIME(6),
    started_at DATETIME(6),
    finished_at DATETIME(6),
    attempts INT NOT NULL
);
CREATE INDEX ix_grading_submission_learner ON grading_submission (learner_id, received_at);
CREATE INDEX ix_grading_submission_exercise ON grading_submission (learner_id, course_id, exercise_id);
CREATE INDEX ix_grading_submission_status ON grading_submission (status, finished_at);

CREATE TABLE grading_queue (
    submission_id BIGINT NOT NULL PRIMARY KEY,
    language VARCHAR(32) NOT NULL,
    enqueued_at DATETIME(6) NOT NULL,
    available_at DATETIME(6) NOT NULL,
    lease_owner VARCHAR(100),
    lease_expires DATETIME(6),
    attempts INT NOT NULL,
    last_error VARCHAR(1000),
    CONSTRAINT fk_grading_queue_submission FOREIGN KEY (submission_id) REFERENCES grading_submission (id)
);
CREATE INDEX ix_grading_queue_available ON grading_queue (available_at, submission_id);
