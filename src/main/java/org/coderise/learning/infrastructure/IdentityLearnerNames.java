package org.coderise.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coderise.identity.api.Identities;
import org.coderise.learning.application.LearnerNames;

/** Learners' names from identity; an erased account has none. */
@ApplicationScoped
public class IdentityLearnerNames implements LearnerNames {
    @Inject
    Identities identities;

    @Override
    public Optional<String> displayName(long learnerId) {
        return identities.displayName(learnerId);
    }
}
