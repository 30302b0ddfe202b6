-- Migration versions are UTC timestamps (VyyyyMMddHHmm__what.sql): parallel branches never collide and order is clear.
CREATE TABLE app_info (
    info_key VARCHAR(64) NOT NULL PRIMARY KEY,
    info_value VARCHAR(255) NOT NULL,
    updated_at DATETIME(6) NOT NULL
);
