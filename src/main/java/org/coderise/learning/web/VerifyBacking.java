package org.coderise.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.domain.Certificate;

/** The public verification page: confirms a certificate's name, course and date, and nothing else. */
@Named
@RequestScoped
public class VerifyBacking {
    @Inject
    Certificates certificates;

    private String code = "";
    private Optional<Certificate> certificate = Optional.empty();

    @PostConstruct
    void load() {
        Object forwarded = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(VerifyServlet.CODE_ATTRIBUTE);
        code = forwarded instanceof String s ? s.strip() : "";
        certificate = code.isEmpty() ? Optional.empty() : certificates.verify(code);
    }

    public String getCode() {
        return code;
    }

    public boolean isAsked() {
        return !code.isEmpty();
    }

    public boolean isFound() {
        return certificate.isPresent();
    }

    public String getLearnerName() {
        return certificate.map(Certificate::learnerName).orElse("");
    }

    public String getCourseTitle() {
        return certificate.map(Certificate::courseTitle).orElse("");
    }

    public String getIssuedOn() {
        return certificate.map(c -> Dates.longDate(c.issuedOn())).orElse("");
    }

    public String getGroupedCode() {
        return certificate.map(c -> c.code().grouped()).orElse("");
    }
}
