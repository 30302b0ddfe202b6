package org.coderise.learning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.api.LessonCompleted;
import org.coderise.learning.api.ModuleCompleted;
import org.coderise.learning.domain.CourseOutline;
import org.coderise.learning.domain.ItemKind;
import org.coderise.learning.domain.ItemOutline;
import org.coderise.learning.domain.ModuleOutline;
import org.coderise.learning.domain.NotEnrolledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressRecordingTest {
    private static final long ADA = 7;
    private static final CourseOutline COURSE = new CourseOutline("py", "Python", List.of(
            new ModuleOutline("hello", "Hello", List.of(
                    new ItemOutline("intro", ItemKind.LESSON, "Intro", false, 5),
                    new ItemOutline("say-hello", ItemKind.EXERCISE, "Say hello", false, 10))),
            new ModuleOutline("project", "Project", List.of(
                    new ItemOutline("capstone", ItemKind.EXERCISE, "Capstone", true, 60)))));

    private final InMemoryLearningRepository repository = new InMemoryLearningRepository();
    private final List<Object> published = new ArrayList<>();
    private final ProgressRecording recording = new ProgressRecording();
    private final Enrolling enrolling = new Enrolling();

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        LearningEvents events = new LearningEvents() {
            @Override
            public void publishAfterCommit(List<Object> facts) {
                published.addAll(facts);
            }
        };
        CourseOutlines outlines = (id, locale) -> Optional.of(COURSE).filter(c -> c.courseId().equals(id));
        var completion = new Completion();
        completion.repository = repository;
        completion.names = id -> Optional.of("Ada Lovelace");
        completion.clock = clock;
        recording.repository = repository;
        recording.outlines = outlines;
        recording.completion = completion;
        recording.events = events;
        recording.clock = clock;
        enrolling.repository = repository;
        enrolling.outlines = outlines;
        enrolling.events = events;
        enrolling.clock = clock;
    }

    @Test
    void enrollingTwiceEnrollsOnce() {
        enrolling.enroll(ADA, "py");
        enrolling.enroll(ADA, "py");

        assertThat(repository.enrollments).hasSize(1);
        assertThat(published).hasExactlyElementsOfTypes(Enrolled.class);
    }

    @Test
    void finishingAModuleIsAnnouncedOnce() {
        enrolling.enroll(ADA, "py");
        recording.markLessonDone(ADA, "py", "intro");
        recording.countGrade(new GradeReport(1, ADA, "py", "say-hello", 10, 10, true));
        recording.countGrade(new GradeReport(2, ADA, "py", "say-hello", 10, 10, true));
        recording.markLessonDone(ADA, "py", "intro");

        assertThat(published).hasExactlyElementsOfTypes(Enrolled.class, LessonCompleted.class, ModuleCompleted.class);
    }

    @Test
    void aRedeliveredResultChangesNothing() {
        enrolling.enroll(ADA, "py");
        var grade = new GradeReport(41, ADA, "py", "say-hello", 6, 10, false);
        recording.countGrade(grade);
        recording.countGrade(grade);

        var progress = repository.findProgress(ADA, "py", "say-hello").orElseThrow();
        assertThat(progress.attempts()).isEqualTo(1);
        assertThat(progress.bestScore()).isEqualTo(6);
    }

    @Test
    void theCourseCompletesWhenTheMentorApprovesTheCapstoneAndEarnsOneCertificate() {
        enrolling.enroll(ADA, "py");
        recording.markLessonDone(ADA, "py", "intro");
        recording.countGrade(new GradeReport(1, ADA, "py", "say-hello", 10, 10, true));
        recording.countGrade(new GradeReport(2, ADA, "py", "capstone", 20, 20, true));
        assertThat(published).noneMatch(CourseCompleted.class::isInstance);

        recording.recordReview(ADA, "py", "capstone", true);
        recording.recordReview(ADA, "py", "capstone", false);
        recording.recordReview(ADA, "py", "capstone", true);

        assertThat(published).filteredOn(CourseCompleted.class::isInstance).hasSize(1);
        assertThat(published).filteredOn(CertificateIssued.class::isInstance).hasSize(1);
        assertThat(repository.certificates).singleElement()
                .satisfies(c -> assertThat(c.learnerName()).isEqualTo("Ada Lovelace"))
                .satisfies(c -> assertThat(c.courseTitle()).isEqualTo("Python"));
        assertThat(repository.findEnrollment(ADA, "py").orElseThrow().completedAt()).isPresent();
    }

    @Test
    void resultsForACourseTheLearnerIsNotEnrolledInAreIgnored() {
        recording.countGrade(new GradeReport(5, ADA, "py", "say-hello", 10, 10, true));

        assertThat(repository.progress).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void markingALessonNeedsAnEnrollment() {
        assertThatThrownBy(() -> recording.markLessonDone(ADA, "py", "intro")).isInstanceOf(NotEnrolledException.class);
    }
}
