package org.coderise.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewRequestTest {
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final ClaimPolicy POLICY = new ClaimPolicy(Duration.ofMinutes(60), Duration.ofHours(48));
    private static final long ANA = 1;
    private static final long BEN = 2;

    private final ReviewRequest request = ReviewRequest.capstone(
            new ReviewRequest.Subject(10, null, 99, 5L, "python-first-steps", "savings-group"), NOON);

    @Test
    void anOpenUnclaimedRequestIsClaimableByAnyMentor() {
        assertThat(request.claimableBy(ANA, NOON)).isTrue();
        assertThat(request.claimant(NOON)).isEmpty();
    }

    @Test
    void aLiveClaimKeepsOtherMentorsOutButLetsTheHolderRenew() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        assertThat(request.claimableBy(BEN, NOON.plusMinutes(59))).isFalse();
        assertThat(request.claimableBy(ANA, NOON.plusMinutes(59))).isTrue();
        assertThat(request.claimant(NOON.plusMinutes(59))).contains(ANA);
    }

    @Test
    void anExpiredClaimFreesTheRequestForAnotherMentor() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        assertThat(request.claimant(NOON.plusMinutes(60))).isEmpty();
        assertThat(request.claimableBy(BEN, NOON.plusMinutes(60))).isTrue();
    }

    @Test
    void commentingOrDecidingNeedsALiveClaimOfYourOwn() {
        assertThatThrownBy(() -> request.requireClaimBy(ANA, NOON)).isInstanceOf(ClaimRequiredException.class);
        request.markClaimed(BEN, POLICY.expiresAt(NOON));
        assertThatThrownBy(() -> request.requireClaimBy(ANA, NOON)).isInstanceOf(ClaimRequiredException.class);
        assertThatThrownBy(() -> request.requireClaimBy(BEN, NOON.plusHours(2))).isInstanceOf(ClaimRequiredException.class);
    }

    @Test
    void decidingClosesTheRequestClearsTheClaimAndCountsAsFirstResponse() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        request.decide(ANA, Decision.APPROVED, "Nice", "<p>Nice</p>", Map.of("clarity", 3), NOON.plusMinutes(30));

        assertThat(request.status()).isEqualTo(RequestStatus.DECIDED);
        assertThat(request.claimant(NOON.plusMinutes(31))).isEmpty();
        assertThat(request.claimableBy(BEN, NOON.plusHours(3))).isFalse();
        assertThat(request.firstResponseAt()).contains(NOON.plusMinutes(30));
        assertThat(request.rubricScores()).containsEntry("clarity", 3);
    }

    @Test
    void theFirstResponseIsNeverMovedByLaterOnes() {
        request.recordResponse(ANA, NOON.plusHours(1));
        request.recordResponse(BEN, NOON.plusHours(2));

        assertThat(request.firstResponseAt()).contains(NOON.plusHours(1));
    }

    @Test
    void anEmptyDecisionIsRefusedWithoutChangingAnything() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        assertThatThrownBy(() -> request.decide(ANA, null, null, null, Map.of(), NOON))
                .isInstanceOf(DecisionMissingException.class);
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.firstResponseAt()).isEmpty();
    }

    @Test
    void aCapstoneCannotBeMerelyAnswered() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        assertThatThrownBy(() -> request.decide(ANA, Decision.ANSWERED, null, null, Map.of(), NOON))
                .isInstanceOf(DecisionNotAllowedException.class);
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));
        request.decide(ANA, Decision.CHANGES_REQUESTED, null, null, Map.of(), NOON);

        assertThatThrownBy(() -> request.decide(ANA, Decision.APPROVED, null, null, Map.of(), NOON))
                .isInstanceOf(ReviewAlreadyDecidedException.class);
    }

    @Test
    void onlyTheHolderReleasesAClaim() {
        request.markClaimed(ANA, POLICY.expiresAt(NOON));

        assertThatThrownBy(() -> request.release(BEN, NOON)).isInstanceOf(ClaimRequiredException.class);
        request.release(ANA, NOON);
        assertThat(request.claimableBy(BEN, NOON)).isTrue();
    }

    @Test
    void aRequestWaitingLongerThanTheTargetIsOverdue() {
        assertThat(POLICY.overdue(NOON, NOON.plusHours(48))).isFalse();
        assertThat(POLICY.overdue(NOON, NOON.plusHours(48).plusSeconds(1))).isTrue();
    }
}
