package org.coderise.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.coderise.identity.domain.ApiToken;

/** JSON bodies of {@code /api/v1/auth/tokens}. Public contracts: add fields, never rename. */
final class TokenRequests {
    private TokenRequests() {
    }

    /** Sign-in for a token; {@code name} labels it on the profile page (defaults to "API"). */
    public record TokenRequest(@NotBlank String email, @NotBlank String password, @Size(max = 80) String name) {
    }

    /** A token as listed: never its secret. */
    public record TokenSummary(long id, String name, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                               LocalDateTime revokedAt) {
        static TokenSummary of(ApiToken token) {
            return new TokenSummary(token.id(), token.name(), token.createdAt(), token.lastUsedAt().orElse(null),
                    token.revokedAt().orElse(null));
        }
    }

    /** A token just issued: {@code token} is the secret, shown this once. */
    public record IssuedTokenResponse(long id, String name, String token, String tokenType) {
    }
}
