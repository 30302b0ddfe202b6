package org.coderise.learning.application;

import java.util.Optional;

/** The port onto identity: the name a learner goes by, as printed on their certificate. */
public interface LearnerNames {

    Optional<String> displayName(long learnerId);
}
