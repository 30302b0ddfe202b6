package org.coderise.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.RoleAdministration;
import org.coderise.identity.domain.Account;
import org.coderise.shared.domain.DomainException;

/** The admin page to find users and grant or revoke their roles. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A user as the table lists them. */
    public record UserRow(long id, String displayName, String email, Set<Role> roles) implements Serializable {
        static UserRow of(Account account) {
            return new UserRow(account.id(), account.displayName(), account.email(), account.roles());
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    @Inject
    RoleAdministration administration;
    @Inject
    SignedIn signedIn;
    @Inject
    PageMessages messages;

    private String query;
    private List<UserRow> users = List.of();

    public void find() {
        users = administration.find(query).stream().map(UserRow::of).toList();
    }

    public void toggle(UserRow user, Role role) {
        try {
            Account changed = user.has(role)
                    ? administration.revoke(signedIn.id(), user.id(), role)
                    : administration.grant(user.id(), role);
            List<UserRow> updated = new ArrayList<>(users);
            updated.replaceAll(row -> row.id() == changed.id() ? UserRow.of(changed) : row);
            users = List.copyOf(updated);
            messages.info("users.changed", changed.displayName(), changed.roles());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<UserRow> getUsers() {
        return users;
    }
}
