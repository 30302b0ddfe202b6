package org.coderise.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.ModuleCompleted;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.CourseOutline;
import org.coderise.learning.domain.CourseProgress;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.ModuleOutline;
import org.coderise.learning.domain.VerificationCode;

/**
 * Applies the completion rule after a change: which modules have just become complete, and whether the course has.
 * A completed course is recorded once on the enrollment and earns its certificate in the same transaction.
 */
@ApplicationScoped
public class Completion {
    @Inject
    LearningRepository repository;
    @Inject
    LearnerNames names;
    Clock clock = Clock.systemUTC();

    /** What was complete before a change. */
    public Snapshot snapshot(CourseOutline outline, Collection<ItemProgress> progress) {
        var rolled = new CourseProgress(outline, progress);
        return new Snapshot(outline, rolled.completeModules().stream().map(ModuleOutline::moduleId)
                .collect(Collectors.toSet()));
    }

    /** The facts a change made true: modules completed now, and the course and its certificate when it is done. */
    public List<Object> factsSince(Snapshot before, long learnerId, Collection<ItemProgress> progress) {
        var rolled = new CourseProgress(before.outline(), progress);
        LocalDateTime now = LocalDateTime.now(clock);
        String courseId = before.outline().courseId();
        List<Object> facts = new ArrayList<>();
        rolled.completeModules().stream().filter(m -> !before.completeModules().contains(m.moduleId()))
                .forEach(m -> facts.add(new ModuleCompleted(learnerId, courseId, m.moduleId(), utc(now))));
        if (rolled.isComplete()) {
            repository.findEnrollment(learnerId, courseId).filter(e -> e.complete(now)).ifPresent(e -> {
                facts.add(new CourseCompleted(learnerId, courseId, utc(now)));
                facts.add(issue(learnerId, before.outline(), now));
            });
        }
        return facts;
    }

    private CertificateIssued issue(long learnerId, CourseOutline outline, LocalDateTime now) {
        var existing = repository.findCertificate(learnerId, outline.courseId());
        Certificate certificate = existing.orElseGet(() -> {
            var issued = new Certificate(VerificationCode.random(), learnerId, outline.courseId(),
                    names.displayName(learnerId).orElse(""), outline.title(), now);
            repository.add(issued);
            return issued;
        });
        return new CertificateIssued(learnerId, outline.courseId(), certificate.code().value(), utc(now));
    }

    private static java.time.Instant utc(LocalDateTime now) {
        return now.toInstant(ZoneOffset.UTC);
    }

    /** The modules complete before a change, against the outline the change is judged by. */
    public record Snapshot(CourseOutline outline, Set<String> completeModules) {
    }
}
