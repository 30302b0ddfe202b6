package org.coderise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.coderise.shared.infrastructure.DatabaseOutage;

/**
 * A page that fails because the database cannot be reached is answered 503 "try again in a minute"
 * ({@link DatabaseOutageResponse}) instead of the 500 "something went wrong" page, which would send people to report
 * a bug. Other failures go on to the container's error pages.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning("Database unreachable while serving " + request.getRequestURI() + ": " + e);
            response.reset();
            DatabaseOutageResponse.write(request, response);
        }
    }
}
