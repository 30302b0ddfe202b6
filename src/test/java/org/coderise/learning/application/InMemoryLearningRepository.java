package org.coderise.learning.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.CountedSubmission;
import org.coderise.learning.domain.Draft;
import org.coderise.learning.domain.Enrollment;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.VerificationCode;

/** Learning's storage in lists, for unit tests of the use cases. */
class InMemoryLearningRepository implements LearningRepository {
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<ItemProgress> progress = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    private final Set<Long> counted = new HashSet<>();

    @Override
    public Optional<Enrollment> findEnrollment(long learnerId, String courseId) {
        return enrollments.stream().filter(e -> e.learnerId() == learnerId && e.courseId().equals(courseId)).findFirst();
    }

    @Override
    public List<Enrollment> enrollmentsOf(long learnerId) {
        return enrollments.stream().filter(e -> e.learnerId() == learnerId).toList();
    }

    @Override
    public void add(Enrollment enrollment) {
        enrollments.add(enrollment);
    }

    @Override
    public List<ItemProgress> progress(long learnerId, String courseId) {
        return progress.stream().filter(p -> p.learnerId() == learnerId && p.courseId().equals(courseId)).toList();
    }

    @Override
    public Optional<ItemProgress> findProgress(long learnerId, String courseId, String itemId) {
        return progress(learnerId, courseId).stream().filter(p -> p.itemId().equals(itemId)).findFirst();
    }

    @Override
    public void add(ItemProgress item) {
        progress.add(item);
    }

    @Override
    public List<ItemProgress> recentlyGraded(long learnerId, int limit) {
        return progress.stream().filter(p -> p.learnerId() == learnerId && p.attempts() > 0).limit(limit).toList();
    }

    @Override
    public boolean isCounted(long submissionId) {
        return counted.contains(submissionId);
    }

    @Override
    public void add(CountedSubmission submission) {
        counted.add(submission.submissionId());
    }

    @Override
    public Optional<Certificate> findCertificate(VerificationCode code) {
        return certificates.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Certificate> findCertificate(long learnerId, String courseId) {
        return certificates.stream().filter(c -> c.learnerId() == learnerId && c.courseId().equals(courseId))
                .findFirst();
    }

    @Override
    public void add(Certificate certificate) {
        certificates.add(certificate);
    }

    @Override
    public Optional<Draft> findDraft(long learnerId, String courseId, String exerciseId) {
        return Optional.empty();
    }

    @Override
    public void add(Draft draft) {
        throw new UnsupportedOperationException("drafts are not part of these tests");
    }
}
