package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;

@ApplicationScoped
class JpaAccounts implements Accounts {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.emailNormalized = :email", Account.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    @Override
    public List<Account> search(String text, int limit) {
        return em.createQuery("SELECT a FROM Account a WHERE a.erasedAt IS NULL AND "
                        + "(LOCATE(:text, LOWER(a.displayName)) > 0 OR LOCATE(:text, a.emailNormalized) > 0) "
                        + "ORDER BY a.displayName, a.id", Account.class)
                .setParameter("text", text.toLowerCase(Locale.ROOT))
                .setMaxResults(limit)
                .getResultList();
    }
}
