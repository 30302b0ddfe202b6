package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.coderise.learning.domain.Draft;
import org.coderise.learning.domain.DraftTooLargeException;
import org.coderise.learning.domain.LearningRepository;

/** The learner's unsubmitted code per exercise, saved as they type. */
@ApplicationScoped
@Transactional
public class Drafts {
    @Inject
    LearningRepository repository;
    Clock clock = Clock.systemUTC();

    /**
     * Saves the draft, replacing the previous one.
     *
     * @throws DraftTooLargeException beyond {@link Draft#MAX_CHARS} characters
     */
    public void save(long learnerId, String courseId, String exerciseId, String content) {
        LocalDateTime now = LocalDateTime.now(clock);
        repository.findDraft(learnerId, courseId, exerciseId).ifPresentOrElse(d -> d.replace(content, now),
                () -> repository.add(new Draft(learnerId, courseId, exerciseId, content, now)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> find(long learnerId, String courseId, String exerciseId) {
        return repository.findDraft(learnerId, courseId, exerciseId).map(Draft::content);
    }
}
