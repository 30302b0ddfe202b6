package org.coderise.identity.domain;

import java.util.List;
import java.util.Optional;

/** The accounts repository. Lookups by email use {@link EmailAddress#normalize(String)}. */
public interface Accounts {
    Account add(Account account);

    Optional<Account> find(long id);

    /** An account that is not erased. */
    default Optional<Account> findActive(long id) {
        return find(id).filter(a -> !a.isErased());
    }

    Optional<Account> findByEmail(String email);

    boolean emailTaken(String email);

    /** Active accounts whose name or email contains {@code text} (any case), by name, at most {@code limit}. */
    List<Account> search(String text, int limit);
}
