package org.coderise.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A personal API token. Only the SHA-256 of the secret is stored ({@link TokenSecret}), so a leaked database does not
 * leak usable tokens; the secret is shown once, when issued. Revocation is permanent.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {
    /** Recording every use would write on every API call; a minute's precision is enough to spot unused tokens. */
    private static final Duration USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, String tokenHash, LocalDateTime createdAt) {
        this.accountId = accountId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** @return true when the use changed the record (so it is worth saving) */
    public boolean recordUse(LocalDateTime now) {
        if (lastUsedAt != null && lastUsedAt.plus(USE_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<LocalDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
