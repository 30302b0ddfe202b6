package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.coderise.identity.application.ApiTokenService;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.shared.infrastructure.DatabaseOutage;
import org.coderise.shared.rest.Problem;
import org.coderise.shared.web.ClientAddress;
import org.coderise.shared.web.DatabaseOutageResponse;
import org.coderise.shared.web.ReturnAddress;

/**
 * The one authentication mechanism of CodeRise, with two faces:
 * <ul>
 * <li>{@code /api/*}: stateless; {@code Authorization: Bearer <token>} authenticates the request, a bad token is
 * answered with a 401 problem, no token leaves the request anonymous (resources decide whether that is enough).</li>
 * <li>pages: the login page calls {@code SecurityContext.authenticate} with email and password; success stores the
 * account id in a fresh session. Each later request re-reads the account, so granted or revoked roles and erasure
 * apply at once. An anonymous visitor to a protected page is sent to the login page, which returns them after.
 * A form posted from a page whose session has ended (a Faces Ajax request included, answered with a partial-response
 * redirect the page's script follows) goes to the login page too, told the session ended and to return to that
 * page.</li>
 * </ul>
 */
@ApplicationScoped
public class CodeRiseAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String SESSION_ACCOUNT = CodeRiseAuthenticationMechanism.class.getName() + ".account";
    private static final String BEARER = "Bearer ";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String FACES_AJAX = "partial/ajax";
    private static final Logger LOG = Logger.getLogger(CodeRiseAuthenticationMechanism.class.getName());

    @Inject
    ClientAddress clientAddress;
    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    ApiTokenService tokens;
    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.warning("Database unreachable while authenticating " + request.getRequestURI() + ": " + e);
            DatabaseOutageResponse.write(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return bearer(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login);
        }
        Optional<Account> signedIn = sessionAccount(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(DatabaseIdentityStore.callerName(signedIn.get()),
                    DatabaseIdentityStore.groups(signedIn.get()));
        }
        if (context.isProtected()) {
            boolean posted = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
            String login = request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(returnAddress(request), StandardCharsets.UTF_8) + (posted ? "&expired=true" : "");
            return FACES_AJAX.equals(request.getHeader("Faces-Request")) ? ajaxRedirect(response, login)
                    : context.redirect(login);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ACCOUNT);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<Account> account = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (account.isEmpty()) {
            return rejectToken(response);
        }
        return context.notifyContainerAboutLogin(DatabaseIdentityStore.callerName(account.get()),
                DatabaseIdentityStore.groups(account.get()));
    }

    private static AuthenticationStatus rejectToken(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of("invalid-token", "Invalid API token", 401,
                    "The API token is unknown or has been revoked. Create a new one on your profile page.").toJson());
            response.flushBuffer();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential login) {
        CredentialValidationResult result = identityStores.validate(
                new AddressedCredential(login.getCaller(), login.getPassword(), clientAddress.of(request)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_ACCOUNT, Long.valueOf(result.getCallerPrincipal().getName()));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The signed-in account of this session, if it still exists; an erased account ends the session. */
    private Optional<Account> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof Long id)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findActive(id);
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    /** Where to return after signing in: the address asked for, or for a posted form the page it came from. */
    private static String returnAddress(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod())) {
            return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        }
        return ReturnAddress.ofReferringPage(request).orElse(path);
    }

    /**
     * A Faces Ajax request cannot follow an HTTP redirect to a page: it is answered with the partial response that
     * tells the page's script to go there.
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            response.flushBuffer();
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
