-- Runs per Jobe API key per clock hour, shared by every node so N web nodes do not allow N times the quota.
-- Keys are stored as SHA-256 hashes: the table never holds a usable key.
CREATE TABLE grading_jobe_key_usage (
    key_hash   CHAR(64)  NOT NULL,
    hour_start TIMESTAMP NOT NULL,
    runs       INT       NOT NULL,
    PRIMARY KEY (key_hash, hour_start)
);
