package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.coderise.identity.api.AccountErased;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Identities;
import org.coderise.identity.api.Role;
import org.coderise.review.application.Caller;
import org.coderise.review.application.People;
import org.coderise.review.application.ReviewErasure;

/**
 * Review's one adapter to identity. Mentors are assigned to cohorts as identity's cohort members (admins add them on
 * the cohort), so "the cohorts of a mentor" and "the cohorts of a learner" are the same question. Also passes an
 * account's erasure on to {@link ReviewErasure}.
 */
@ApplicationScoped
public class IdentityPeople implements People {
    @Inject
    Identities identities;
    @Inject
    ReviewErasure erasure;

    @Override
    public Optional<Caller> current() {
        return identities.current().map(IdentityPeople::caller);
    }

    @Override
    public Optional<String> displayName(long userId) {
        return identities.displayName(userId);
    }

    @Override
    public List<Long> cohortIds(long userId) {
        return identities.cohortIds(userId);
    }

    /** After identity committed an erasure, review drops that person's words too. */
    void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountErased event) {
        erasure.erase(event.userId());
    }

    private static Caller caller(CurrentUser user) {
        return new Caller(user.id(), user.has(Role.MENTOR), user.has(Role.ADMIN), user.has(Role.MANAGER));
    }
}
