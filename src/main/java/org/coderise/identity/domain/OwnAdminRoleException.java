package org.coderise.identity.domain;

import org.coderise.shared.domain.DomainException;

/** An admin may not revoke their own ADMIN role: the platform must never be left without one by accident. */
public class OwnAdminRoleException extends DomainException {
    private static final long serialVersionUID = 1L;

    public OwnAdminRoleException() {
        super("own-admin-role", 409, "You cannot revoke your own ADMIN role; ask another admin.");
    }

    @Override
    public String title() {
        return "Cannot remove your own admin role";
    }
}
