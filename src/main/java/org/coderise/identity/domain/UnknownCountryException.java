package org.coderise.identity.domain;

import java.util.Locale;
import java.util.Set;
import org.coderise.shared.domain.DomainException;

/** The country is not an ISO 3166-1 alpha-2 code. */
public class UnknownCountryException extends DomainException {
    private static final long serialVersionUID = 1L;
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public UnknownCountryException(String given) {
        super("unknown-country", 400, "\"" + given + "\" is not an ISO 3166-1 alpha-2 country code.", given);
    }

    /** @return the code in upper case; @throws UnknownCountryException when it is not one */
    public static String checked(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new UnknownCountryException(code);
        }
        return upper;
    }

    @Override
    public String title() {
        return "Unknown country";
    }
}
