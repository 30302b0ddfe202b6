package org.coderise.identity.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** API tokens repository. */
public interface ApiTokens {
    ApiToken add(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    /** Newest first, revoked ones included (the profile shows them struck through). */
    List<ApiToken> ofAccount(long accountId);

    void revokeAll(long accountId, LocalDateTime at);
}
