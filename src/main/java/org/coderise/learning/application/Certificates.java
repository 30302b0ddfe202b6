package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.CertificateNotFoundException;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.VerificationCode;

/** Finding certificates: publicly by verification code, and for their owner. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Certificates {
    @Inject
    LearningRepository repository;

    /** The certificate a typed code names; empty for anything that is not a known code. */
    public Optional<Certificate> verify(String typedCode) {
        return VerificationCode.parse(typedCode).flatMap(repository::findCertificate);
    }

    /**
     * The certificate with this code when it belongs to {@code userId}.
     *
     * @throws CertificateNotFoundException for an unknown code and for someone else's certificate alike
     */
    public Certificate ownedBy(long userId, String typedCode) {
        return verify(typedCode).filter(c -> c.isOwnedBy(userId)).orElseThrow(CertificateNotFoundException::new);
    }

    public Optional<Certificate> forCourse(long learnerId, String courseId) {
        return repository.findCertificate(learnerId, courseId);
    }
}
