package org.coderise.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseProgressTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final ItemOutline READ = new ItemOutline("read", ItemKind.LESSON, "Read", false, 5);
    private static final ItemOutline SOLVE = new ItemOutline("solve", ItemKind.EXERCISE, "Solve", false, 15);
    private static final ItemOutline CAPSTONE = new ItemOutline("capstone", ItemKind.EXERCISE, "Capstone", true, 60);
    private static final CourseOutline COURSE = new CourseOutline("c", "Course", List.of(
            new ModuleOutline("basics", "Basics", List.of(READ, SOLVE)),
            new ModuleOutline("project", "Project", List.of(CAPSTONE))));

    @Test
    void nothingDoneIsZeroPercentAndStartsAtTheFirstItem() {
        var progress = new CourseProgress(COURSE, List.of());

        assertThat(progress.percent()).isZero();
        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.nextItem()).contains(READ);
        assertThat(progress.minutesLeft()).isEqualTo(80);
    }

    @Test
    void aReadLessonAndAPassedExerciseCompleteTheirModule() {
        var progress = new CourseProgress(COURSE, List.of(lessonDone("read"), graded("solve", 10, 10, true)));

        assertThat(progress.doneCount()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(66);
        assertThat(progress.completeModules()).extracting(ModuleOutline::moduleId).containsExactly("basics");
        assertThat(progress.nextItem()).contains(CAPSTONE);
    }

    @Test
    void aPartlyPassingExerciseIsNotDoneThoughItsBestScoreIsKept() {
        var solve = graded("solve", 10, 4, false);
        solve.recordAttempt(2, 10, false, NOW);

        var progress = new CourseProgress(COURSE, List.of(solve));

        assertThat(progress.isDone(SOLVE)).isFalse();
        assertThat(solve.bestScore()).isEqualTo(4);
        assertThat(solve.attempts()).isEqualTo(2);
    }

    @Test
    void aReviewedExerciseCountsOnlyOnceAMentorApproves() {
        var capstone = graded("capstone", 20, 20, true);
        var all = List.of(lessonDone("read"), graded("solve", 10, 10, true), capstone);

        assertThat(new CourseProgress(COURSE, all).isComplete()).isFalse();

        capstone.recordReview(true, NOW);
        assertThat(new CourseProgress(COURSE, all).isComplete()).isTrue();
        assertThat(new CourseProgress(COURSE, all).percent()).isEqualTo(100);

        capstone.recordReview(false, NOW);
        assertThat(new CourseProgress(COURSE, all).isComplete()).isFalse();
    }

    @Test
    void approvalWithoutPassingTestsIsNotEnough() {
        var capstone = graded("capstone", 20, 12, false);
        capstone.recordReview(true, NOW);

        assertThat(new CourseProgress(COURSE, List.of(capstone)).isDone(CAPSTONE)).isFalse();
    }

    @Test
    void progressOnItemsTheCourseNoLongerHasIsIgnored() {
        var progress = new CourseProgress(COURSE, List.of(lessonDone("removed-lesson")));

        assertThat(progress.doneCount()).isZero();
    }

    @Test
    void anEmptyCourseIsNeverComplete() {
        var progress = new CourseProgress(new CourseOutline("empty", "Empty", List.of()), List.of());

        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.percent()).isZero();
    }

    private static ItemProgress lessonDone(String itemId) {
        var progress = new ItemProgress(1, "c", itemId, NOW);
        progress.markLessonDone(NOW);
        return progress;
    }

    private static ItemProgress graded(String itemId, int max, int score, boolean passed) {
        var progress = new ItemProgress(1, "c", itemId, NOW);
        progress.recordAttempt(score, max, passed, NOW);
        return progress;
    }
}
