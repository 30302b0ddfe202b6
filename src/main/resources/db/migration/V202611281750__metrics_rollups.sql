-- Metrics: first-time facts per learner (what events told us) and the rollups dashboards read.
-- Learners are named by their identity id only; group labels are coarse (age band, consented gender).
CREATE TABLE metrics_learner (
    learner_id BIGINT NOT NULL PRIMARY KEY,
    registered_on DATE NULL,
    country VARCHAR(64) NULL,
    partner VARCHAR(64) NULL,
    cohort VARCHAR(64) NULL,
    age_band VARCHAR(16) NULL,
    gender VARCHAR(64) NULL
);

-- The first day of each milestone per learner and course; the earliest day wins, so replays change nothing.
CREATE TABLE metrics_learner_course (
    learner_id BIGINT NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    enrolled_on DATE NULL,
    submitted_on DATE NULL,
    passed_on DATE NULL,
    module_on DATE NULL,
    completed_on DATE NULL,
    certified_on DATE NULL,
    PRIMARY KEY (learner_id, course_id)
);

-- One row per learner and day with any activity: the source of the active-learner counts.
CREATE TABLE metrics_activity (
    learner_id BIGINT NOT NULL,
    active_on DATE NOT NULL,
    PRIMARY KEY (learner_id, active_on)
);

-- Learners counted per period (grain D = day, M = month starting on period_start), dimension value and measure.
-- Codes of grain, dimension and measure are the enums of org.coderise.metrics.domain: renaming them breaks rows.
CREATE TABLE metrics_rollup (
    grain CHAR(1) NOT NULL,
    dimension VARCHAR(16) NOT NULL,
    measure VARCHAR(16) NOT NULL,
    period_start DATE NOT NULL,
    dim_value VARCHAR(100) NOT NULL,
    learners BIGINT NOT NULL,
    PRIMARY KEY (grain, dimension, period_start, dim_value, measure)
);
-- Breakdowns read a dimension's periods in a range (the primary key); the goal chart reads one measure's days.
CREATE INDEX idx_metrics_rollup_series ON metrics_rollup (grain, dimension, measure, period_start);

-- Changes of the number of learners active in the trailing window_days days; the count on a day is the sum up to it.
CREATE TABLE metrics_active_change (
    window_days INT NOT NULL,
    change_on DATE NOT NULL,
    learners BIGINT NOT NULL,
    PRIMARY KEY (window_days, change_on)
);
