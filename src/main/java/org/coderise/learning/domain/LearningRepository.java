package org.coderise.learning.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds enrollments, item progress, counted submissions, certificates and drafts. */
public interface LearningRepository {

    Optional<Enrollment> findEnrollment(long learnerId, String courseId);

    /** The learner's enrollments, the most recently visited first. */
    List<Enrollment> enrollmentsOf(long learnerId);

    void add(Enrollment enrollment);

    List<ItemProgress> progress(long learnerId, String courseId);

    Optional<ItemProgress> findProgress(long learnerId, String courseId, String itemId);

    void add(ItemProgress progress);

    /** The learner's exercises with at least one graded attempt, the most recently changed first. */
    List<ItemProgress> recentlyGraded(long learnerId, int limit);

    boolean isCounted(long submissionId);

    void add(CountedSubmission counted);

    Optional<Certificate> findCertificate(VerificationCode code);

    Optional<Certificate> findCertificate(long learnerId, String courseId);

    void add(Certificate certificate);

    Optional<Draft> findDraft(long learnerId, String courseId, String exerciseId);

    void add(Draft draft);
}
