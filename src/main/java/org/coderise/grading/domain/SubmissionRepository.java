package org.coderise.grading.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stores and finds submissions. */
public interface SubmissionRepository {

    /** Stores a new submission and its queue entry together, and marks it queued. */
    void storeAndQueue(Submission submission, LocalDateTime at);

    Optional<Submission> find(long id);

    /** The learner's submission made with this idempotency key. */
    Optional<Submission> findByKey(long learnerId, SubmissionKey key);

    /** The learner's submissions to one exercise, newest first, at most {@code limit}. */
    List<Submission> history(long learnerId, String courseId, String exerciseId, int limit);

    /** The learner's submissions not yet graded or failed. */
    long countInFlight(long learnerId);

    /** The learner's submissions received at or after {@code since}. */
    long countReceivedSince(long learnerId, LocalDateTime since);
}
