package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.coderise.identity.api.AccountErased;
import org.coderise.identity.api.LearnerRegistered;
import org.coderise.metrics.domain.LearnerProfile;

/**
 * Identity's facts, as they commit: a registration with the groups the learner consented to share, and erasures.
 * Partner and cohort are kept by id (identity's api offers no names yet).
 */
@ApplicationScoped
public class IdentityEventsObserver {
    private final MetricsRecorder recorder;

    @Inject
    public IdentityEventsObserver(MetricsRecorder recorder) {
        this.recorder = recorder;
    }

    /** For CDI's proxy only. */
    protected IdentityEventsObserver() {
        this.recorder = null;
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) LearnerRegistered event) {
        recorder.registered(event.userId(), new LearnerProfile(event.at().toLocalDate(), event.country(),
                idOrNull(event.partnerId()), idOrNull(event.cohortId()), event.ageBand(), gender(event.gender())));
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountErased event) {
        recorder.erased(event.userId());
    }

    private static String idOrNull(Long id) {
        return id == null ? null : id.toString();
    }

    /** Self-described gender in the learner's words, grouped case- and spacing-insensitively. */
    static String gender(String words) {
        return words == null ? null : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
