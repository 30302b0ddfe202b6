package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.DuplicateEmailException;

@ApplicationScoped
class JpaAccounts implements Accounts {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    /**
     * Two registrations of one email can both pass the application's check; the unique key then refuses the
     * second. It is the accounts table's only unique key, so such a refusal means exactly a duplicate email.
     */
    @Override
    public Account add(Account account) {
        try {
            em.persist(account);
            em.flush();
            return account;
        } catch (PersistenceException e) {
            if (causedByConstraintViolation(e)) {
                throw new DuplicateEmailException();
            }
            throw e;
        }
    }

    private static boolean causedByConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
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
