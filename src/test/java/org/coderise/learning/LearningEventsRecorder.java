package org.coderise.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.api.LessonCompleted;
import org.coderise.learning.api.ModuleCompleted;

/** Test-only: remembers the learning events each learner caused, by event type name, in the order observed. */
@ApplicationScoped
public class LearningEventsRecorder {
    private final Map<Long, List<String>> byLearner = new HashMap<>();

    void enrolled(@Observes Enrolled e) {
        add(e.learnerId(), "Enrolled");
    }

    void lesson(@Observes LessonCompleted e) {
        add(e.learnerId(), "LessonCompleted");
    }

    void module(@Observes ModuleCompleted e) {
        add(e.learnerId(), "ModuleCompleted");
    }

    void course(@Observes CourseCompleted e) {
        add(e.learnerId(), "CourseCompleted");
    }

    void certificate(@Observes CertificateIssued e) {
        add(e.learnerId(), "CertificateIssued:" + e.verificationCode());
    }

    List<String> of(long learnerId) {
        synchronized (byLearner) {
            return List.copyOf(byLearner.getOrDefault(learnerId, List.of()));
        }
    }

    private void add(long learnerId, String event) {
        synchronized (byLearner) {
            byLearner.computeIfAbsent(learnerId, id -> new ArrayList<>()).add(event);
        }
    }
}
