package org.coderise.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.coderise.identity.api.Role;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.AccountNotFoundException;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.OwnAdminRoleException;

/** Admins find people and grant or revoke their roles. Callers are checked to be admins by the page or resource. */
@ApplicationScoped
@Transactional
public class RoleAdministration {
    public static final int SEARCH_LIMIT = 50;

    @Inject
    Accounts accounts;

    public List<Account> find(String text) {
        return accounts.search(text == null ? "" : text.strip(), SEARCH_LIMIT);
    }

    public Account grant(long accountId, @NotNull Role role) {
        Account account = account(accountId);
        account.grant(role);
        return account;
    }

    /** @throws OwnAdminRoleException when an admin would revoke their own ADMIN role */
    public Account revoke(long actingAdminId, long accountId, @NotNull Role role) {
        if (role == Role.ADMIN && actingAdminId == accountId) {
            throw new OwnAdminRoleException();
        }
        Account account = account(accountId);
        account.revoke(role);
        return account;
    }

    private Account account(long accountId) {
        return accounts.findActive(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }
}
