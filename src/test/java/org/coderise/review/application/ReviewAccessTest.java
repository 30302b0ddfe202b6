package org.coderise.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coderise.review.domain.NotSignedInException;
import org.coderise.review.domain.OutsideYourCohortsException;
import org.coderise.review.domain.ReviewNotFoundException;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.infrastructure.ReviewRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewAccessTest {
    private static final long LEARNER = 10;
    private static final long COHORT = 7;
    private static final long REQUEST = 1;

    private final ReviewRequest request = ReviewRequest.capstone(
            new ReviewRequest.Subject(100, null, LEARNER, COHORT, "python-first-steps", "savings-group-report"),
            LocalDateTime.of(2026, 11, 28, 9, 0));
    private final ReviewAccess access = new ReviewAccess();

    @BeforeEach
    void wire() {
        access.people = new FakePeople(Map.of(20L, List.of(COHORT), 21L, List.of(8L)));
        access.requests = new ReviewRequests() {
            @Override
            public Optional<ReviewRequest> find(long id) {
                return id == REQUEST ? Optional.of(request) : Optional.empty();
            }
        };
    }

    @Test
    void aMentorOfTheCohortMayWorkOnIt() {
        assertThat(access.forReviewer(new Caller(20, true, false, false), REQUEST)).isSameAs(request);
    }

    @Test
    void aMentorOfAnotherCohortIsForbidden() {
        assertThatThrownBy(() -> access.forReviewer(new Caller(21, true, false, false), REQUEST))
                .isInstanceOf(OutsideYourCohortsException.class)
                .extracting(e -> ((OutsideYourCohortsException) e).status()).isEqualTo(403);
    }

    @Test
    void anAdminMayOpenAnyReview() {
        assertThat(access.forReviewer(new Caller(99, false, true, false), REQUEST)).isSameAs(request);
    }

    @Test
    void learnersAndManagersDoNotLearnThatAReviewExists() {
        assertThatThrownBy(() -> access.forReviewer(Caller.learner(LEARNER), REQUEST))
                .isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> access.forReviewer(new Caller(30, false, false, true), REQUEST))
                .isInstanceOf(ReviewNotFoundException.class);
    }

    @Test
    void aLearnerSeesOnlyTheirOwnReview() {
        assertThat(access.forLearner(Caller.learner(LEARNER), REQUEST)).isSameAs(request);
        assertThatThrownBy(() -> access.forLearner(Caller.learner(11), REQUEST))
                .isInstanceOf(ReviewNotFoundException.class);
    }

    @Test
    void aMentorsFiguresCoverTheirCohortsAndAManagersEveryCohort() {
        assertThat(access.cohortsOf(new Caller(20, true, false, false))).contains(List.of(COHORT));
        assertThat(access.cohortsOf(new Caller(30, false, false, true))).isEmpty();
        assertThat(access.cohortsOf(Caller.learner(LEARNER))).contains(List.of());
    }

    @Test
    void nobodySignedInIsToldToSignIn() {
        access.people = new FakePeople(Map.of());
        assertThatThrownBy(access::caller).isInstanceOf(NotSignedInException.class);
    }

    private record FakePeople(Map<Long, List<Long>> cohorts) implements People {
        @Override
        public Optional<Caller> current() {
            return Optional.empty();
        }

        @Override
        public Optional<String> displayName(long userId) {
            return Optional.of("Person " + userId);
        }

        @Override
        public List<Long> cohortIds(long userId) {
            return cohorts.getOrDefault(userId, List.of());
        }
    }
}
