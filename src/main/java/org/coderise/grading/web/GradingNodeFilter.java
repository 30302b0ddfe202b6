package org.coderise.grading.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coderise.grading.application.GradingSettings;
import org.coderise.grading.application.GradingSettings.NodeRole;

/**
 * A grading node ({@code CODERISE_NODE_ROLE=grader}) serves no pages and no API: only {@code /health} and
 * {@code /metrics}, for its orchestrator. Anything else is answered 503, so a grading node put behind the proxy by
 * mistake shows at once instead of serving pages with the CPU its sandboxes need.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class GradingNodeFilter extends HttpFilter {
    @Inject
    GradingSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (settings.role() == NodeRole.GRADER && !path.startsWith("/health") && !path.startsWith("/metrics")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
