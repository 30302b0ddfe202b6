-- Learning: enrollments, per-item progress, certificates and exercise drafts. Courses and items are named by their
-- stable ids from courses/, so renaming a title or a file never loses a learner's progress.
CREATE TABLE learning_enrollment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    enrolled_at DATETIME(6) NOT NULL,
    last_item_id VARCHAR(100),
    last_visited_at DATETIME(6),
    completed_at DATETIME(6),
    CONSTRAINT uq_learning_enrollment UNIQUE (learner_id, course_id)
);

CREATE TABLE learning_item_progress (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    item_id VARCHAR(100) NOT NULL,
    lesson_done BOOLEAN NOT NULL,
    best_score INT NOT NULL,
    max_score INT NOT NULL,
    passed BOOLEAN NOT NULL,
    attempts INT NOT NULL,
    review_state VARCHAR(16) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_learning_item_progress UNIQUE (learner_id, course_id, item_id)
);

-- One row per graded submission already counted: a redelivered SubmissionGraded event changes nothing.
CREATE TABLE learning_counted_submission (
    submission_id BIGINT NOT NULL PRIMARY KEY,
    counted_at DATETIME(6) NOT NULL
);

CREATE TABLE learning_certificate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    verification_code VARCHAR(16) NOT NULL,
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    learner_name VARCHAR(200) NOT NULL,
    course_title VARCHAR(300) NOT NULL,
    issued_on DATE NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_learning_certificate_code UNIQUE (verification_code),
    CONSTRAINT uq_learning_certificate_course UNIQUE (learner_id, course_id)
);

CREATE TABLE learning_draft (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    exercise_id VARCHAR(100) NOT NULL,
    content MEDIUMTEXT NOT NULL,
    saved_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_learning_draft UNIQUE (learner_id, course_id, exercise_id)
);
