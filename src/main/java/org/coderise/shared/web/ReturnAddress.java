package org.coderise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The page a posted form came from, as a path within the application with its query ({@code /learn/exercise.xhtml?
 * course=…&item=…}): a post's own address lacks the page's query, so after signing in again, or after an expired
 * view, the person is sent back here. Only path and query are taken from the Referer, so the result is always a
 * local address (never an open redirect).
 */
public final class ReturnAddress {
    private ReturnAddress() {
    }

    /** The Referer's path and query when it is a page of this application. */
    public static Optional<String> ofReferringPage(HttpServletRequest request) {
        String root = request.getContextPath() + "/";
        return Optional.ofNullable(request.getHeader("Referer")).flatMap(ReturnAddress::uri)
                .filter(referer -> referer.getRawPath() != null && referer.getRawPath().startsWith(root))
                .map(referer -> referer.getRawPath().substring(root.length() - 1)
                        + (referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery()));
    }

    private static Optional<URI> uri(String address) {
        try {
            return Optional.of(new URI(address));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
