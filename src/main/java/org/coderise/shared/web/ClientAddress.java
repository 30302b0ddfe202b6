package org.coderise.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address a request really comes from, through the reverse proxies listed in {@code coderise.trusted-proxies}. */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "coderise.trusted-proxies", defaultValue = " ")
    String trustedProxiesSpec;

    private TrustedProxies trustedProxies;

    @PostConstruct
    void parse() {
        trustedProxies = TrustedProxies.parse(trustedProxiesSpec);
    }

    public String of(HttpServletRequest request) {
        return trustedProxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
