package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.ApiToken;
import org.coderise.identity.domain.ApiTokenNotFoundException;
import org.coderise.identity.domain.ApiTokens;
import org.coderise.identity.domain.TokenSecret;
import org.coderise.shared.domain.UtcTime;

/** Issues, lists, revokes and checks personal API tokens. */
@ApplicationScoped
@Transactional
public class ApiTokenService {
    /** A token just issued: the only moment its secret exists outside the client. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    @Inject
    ApiTokens tokens;
    @Inject
    Accounts accounts;

    public IssuedToken issue(long accountId, @NotBlank @Size(max = 80) String name) {
        String secret = TokenSecret.generate();
        ApiToken token = tokens.add(new ApiToken(accountId, name, TokenSecret.hash(secret), UtcTime.now()));
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> tokensOf(long accountId) {
        return tokens.ofAccount(accountId);
    }

    /** @throws ApiTokenNotFoundException when the account has no token with this id (another's counts as none) */
    public void revoke(long accountId, long tokenId) {
        tokens.ofAccount(accountId).stream().filter(t -> t.id() == tokenId).findFirst()
                .orElseThrow(() -> new ApiTokenNotFoundException(tokenId))
                .revoke(UtcTime.now());
    }

    /** The active account a presented secret belongs to, if the token exists and is not revoked; records the use. */
    public Optional<Account> authenticate(String secret) {
        return tokens.findByHash(TokenSecret.hash(secret))
                .filter(t -> !t.isRevoked())
                .flatMap(t -> {
                    t.recordUse(UtcTime.now());
                    return accounts.findActive(t.accountId());
                });
    }
}
