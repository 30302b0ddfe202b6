-- The catalog: courses imported from courses/ as immutable versions. Learners' progress refers to course_key and
-- item_key (the ids authors write), never to these row ids, so a new version never loses progress.
CREATE TABLE catalog_course (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key VARCHAR(100) NOT NULL,
    folder VARCHAR(255) NOT NULL,
    current_version_id BIGINT,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_catalog_course_key UNIQUE (course_key)
);

CREATE TABLE catalog_course_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    version_label VARCHAR(50) NOT NULL,
    instruction_language VARCHAR(10) NOT NULL,
    programming_language VARCHAR(20) NOT NULL,
    course_level VARCHAR(20) NOT NULL,
    estimated_hours DOUBLE NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_catalog_version_course FOREIGN KEY (course_id) REFERENCES catalog_course (id),
    CONSTRAINT uq_catalog_version UNIQUE (course_id, version_number)
);

CREATE TABLE catalog_course_text (
    version_id BIGINT NOT NULL,
    locale VARCHAR(10) NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    PRIMARY KEY (version_id, locale),
    CONSTRAINT fk_catalog_course_text FOREIGN KEY (version_id) REFERENCES catalog_course_version (id)
);

CREATE TABLE catalog_module (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT NOT NULL,
    module_key VARCHAR(100) NOT NULL,
    folder VARCHAR(255) NOT NULL,
    position INT NOT NULL,
    CONSTRAINT fk_catalog_module_version FOREIGN KEY (version_id) REFERENCES catalog_course_version (id)
);

CREATE TABLE catalog_module_text (
    module_id BIGINT NOT NULL,
    locale VARCHAR(10) NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    PRIMARY KEY (module_id, locale),
    CONSTRAINT fk_catalog_module_text FOREIGN KEY (module_id) REFERENCES catalog_module (id)
);

-- Lessons and exercises in one table: they share key, order and texts; exercise-only columns are NULL for lessons.
CREATE TABLE catalog_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id BIGINT NOT NULL,
    item_key VARCHAR(100) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    position INT NOT NULL,
    path VARCHAR(255) NOT NULL,
    minutes INT NOT NULL,
    points INT NOT NULL,
    review BOOLEAN NOT NULL,
    entry_file VARCHAR(255),
    cpu_seconds INT NOT NULL,
    memory_mb INT NOT NULL,
    test_kind VARCHAR(10),
    CONSTRAINT fk_catalog_item_module FOREIGN KEY (module_id) REFERENCES catalog_module (id)
);
CREATE INDEX ix_catalog_item_key ON catalog_item (item_key);

CREATE TABLE catalog_item_text (
    item_id BIGINT NOT NULL,
    locale VARCHAR(10) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body_html LONGTEXT NOT NULL,
    hints LONGTEXT NOT NULL,
    PRIMARY KEY (item_id, locale),
    CONSTRAINT fk_catalog_item_text FOREIGN KEY (item_id) REFERENCES catalog_item (id)
);

-- Starter, solution, support and test files of an exercise. Solutions and hidden tests never leave the server.
CREATE TABLE catalog_exercise_file (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    role VARCHAR(10) NOT NULL,
    path VARCHAR(255) NOT NULL,
    content MEDIUMTEXT NOT NULL,
    visible BOOLEAN NOT NULL,
    position INT NOT NULL,
    CONSTRAINT fk_catalog_file_item FOREIGN KEY (item_id) REFERENCES catalog_item (id)
);

CREATE TABLE catalog_io_case (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    input_text MEDIUMTEXT NOT NULL,
    expected_output MEDIUMTEXT NOT NULL,
    compare_mode VARCHAR(30) NOT NULL,
    tolerance DOUBLE NOT NULL,
    visible BOOLEAN NOT NULL,
    CONSTRAINT fk_catalog_case_item FOREIGN KEY (item_id) REFERENCES catalog_item (id)
);

-- Every import attempt of a course folder, so an admin sees why a course was not imported.
CREATE TABLE catalog_import (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    folder VARCHAR(255) NOT NULL,
    course_key VARCHAR(100),
    attempted_at DATETIME(6) NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    version_number INT,
    error_count INT NOT NULL,
    warning_count INT NOT NULL,
    problems LONGTEXT NOT NULL
);
CREATE INDEX ix_catalog_import_folder ON catalog_import (folder, attempted_at);
