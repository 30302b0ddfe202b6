-- Identity: accounts and their roles, partner organisations and cohorts, API tokens, login throttling.
-- Emails are stored lower-cased (email_normalized) so uniqueness is case-insensitive on H2 and MariaDB alike.
CREATE TABLE partners (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    country_code VARCHAR(2),
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_partners_name UNIQUE (name)
);

CREATE TABLE cohorts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    invite_code VARCHAR(32) NOT NULL,
    open_for_joining BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_cohorts_invite_code UNIQUE (invite_code),
    CONSTRAINT fk_cohorts_partner FOREIGN KEY (partner_id) REFERENCES partners (id)
);

CREATE TABLE accounts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    display_name VARCHAR(80) NOT NULL,
    email VARCHAR(254) NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    preferred_language VARCHAR(8) NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    demographics_consent BOOLEAN NOT NULL,
    demographics_consent_at DATETIME(6),
    gender_self_description VARCHAR(60),
    age_band VARCHAR(16),
    partner_id BIGINT,
    created_at DATETIME(6) NOT NULL,
    erased_at DATETIME(6),
    CONSTRAINT uq_accounts_email UNIQUE (email_normalized),
    CONSTRAINT fk_accounts_partner FOREIGN KEY (partner_id) REFERENCES partners (id)
);
CREATE INDEX ix_accounts_display_name ON accounts (display_name);

CREATE TABLE account_roles (
    account_id BIGINT NOT NULL,
    role_name VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE TABLE cohort_members (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_cohort_members UNIQUE (cohort_id, account_id),
    CONSTRAINT fk_cohort_members_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts (id),
    CONSTRAINT fk_cohort_members_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_cohort_members_account ON cohort_members (account_id);

CREATE TABLE api_tokens (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(80) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    last_used_at DATETIME(6),
    revoked_at DATETIME(6),
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
CREATE INDEX ix_api_tokens_account ON api_tokens (account_id);

-- One row per throttled key: "account:<normalized email>" or "address:<remote address>".
CREATE TABLE login_throttles (
    throttle_key VARCHAR(300) NOT NULL PRIMARY KEY,
    failures INT NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until DATETIME(6)
);
