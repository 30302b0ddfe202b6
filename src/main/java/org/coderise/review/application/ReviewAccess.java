package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.coderise.review.domain.NotSignedInException;
import org.coderise.review.domain.OutsideYourCohortsException;
import org.coderise.review.domain.ReviewNotFoundException;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.infrastructure.ReviewRequests;

/**
 * Who may see which review: admins every one; mentors those of the cohorts they are assigned to (others: 403);
 * learners only their own (others: 404, so ids reveal nothing). The one place these rules live.
 */
@ApplicationScoped
public class ReviewAccess {
    @Inject
    People people;
    @Inject
    ReviewRequests requests;

    /** @throws NotSignedInException when nobody is signed in */
    public Caller caller() {
        return people.current().orElseThrow(NotSignedInException::new);
    }

    /** The request for a mentor or admin to work on. */
    public ReviewRequest forReviewer(Caller caller, long requestId) {
        ReviewRequest request = requests.find(requestId).orElseThrow(() -> new ReviewNotFoundException(requestId));
        if (caller.admin()) {
            return request;
        }
        if (!caller.mentor()) {
            throw new ReviewNotFoundException(requestId);
        }
        if (request.cohortId().filter(people.cohortIds(caller.id())::contains).isEmpty()) {
            throw new OutsideYourCohortsException(requestId);
        }
        return request;
    }

    /** The request for its learner. */
    public ReviewRequest forLearner(Caller caller, long requestId) {
        return requests.find(requestId).filter(r -> r.learnerId() == caller.id())
                .orElseThrow(() -> new ReviewNotFoundException(requestId));
    }

    /** The cohorts whose requests the caller may see; empty means all (admins and managers). */
    public Optional<List<Long>> cohortsOf(Caller caller) {
        if (caller.admin() || caller.manager()) {
            return Optional.empty();
        }
        return Optional.of(caller.mentor() ? people.cohortIds(caller.id()) : List.of());
    }
}
