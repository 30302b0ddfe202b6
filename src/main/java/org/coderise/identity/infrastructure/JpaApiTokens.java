package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.coderise.identity.domain.ApiToken;
import org.coderise.identity.domain.ApiTokens;

@ApplicationScoped
class JpaApiTokens implements ApiTokens {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        em.flush();
        return token;
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> ofAccount(long accountId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :a ORDER BY t.createdAt DESC, t.id DESC",
                ApiToken.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public void revokeAll(long accountId, LocalDateTime at) {
        ofAccount(accountId).forEach(t -> t.revoke(at));
    }
}
