package org.coderise.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.domain.CertificateNotFoundException;
import org.coderise.learning.infrastructure.CertificatePdf;
import org.coderise.shared.web.LocaleSelection;

/**
 * {@code /learn/certificate/CODE}: the certificate as a PDF, for its owner only. Anyone else, and unknown codes, get
 * the same 404, so the address reveals nothing; visitors who are not signed in are sent to sign in.
 */
@WebServlet("/learn/certificate/*")
public class CertificateDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;
    @Inject
    transient CurrentLearner learner;
    @Inject
    transient LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var learnerId = learner.id();
        if (learnerId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            var certificate = certificates.ownedBy(learnerId.get(), code);
            String verifyAddress = request.getRequestURL().toString()
                    .replaceFirst("/learn/certificate/.*$", "/verify/" + certificate.code().value());
            byte[] pdf = CertificatePdf.render(certificate, locale.getLocale(), verifyAddress);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"coderise-certificate-" + certificate.code().value() + ".pdf\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (CertificateNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
