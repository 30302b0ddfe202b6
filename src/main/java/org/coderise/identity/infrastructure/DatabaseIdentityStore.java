package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.coderise.identity.application.Authentication;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.InvalidCredentialsException;
import org.coderise.identity.domain.LoginThrottledException;

/**
 * Validates email and password against the accounts table (through {@link Authentication}, so throttling applies).
 * The caller name is the account id, which never changes, unlike the email; the groups are the role names.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    @Inject
    Authentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = login instanceof AddressedCredential addressed ? addressed.address() : "unknown";
        try {
            Account account = authentication.verify(login.getCaller(), login.getPasswordAsString(), address);
            return new CredentialValidationResult(callerName(account), groups(account));
        } catch (InvalidCredentialsException | LoginThrottledException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    static String callerName(Account account) {
        return Long.toString(account.id());
    }

    static Set<String> groups(Account account) {
        return account.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
