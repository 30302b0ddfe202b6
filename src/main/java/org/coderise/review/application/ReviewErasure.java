package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.coderise.review.infrastructure.ReviewRequests;

/**
 * When a person erases their account, review drops the words they wrote (questions, replies, snippets) and their
 * notifications. Requests, decisions and mentors' comments stay under the bare id: they are the figures' history and
 * the mentors' work, and name no one.
 */
@ApplicationScoped
public class ReviewErasure {
    private static final Logger LOG = Logger.getLogger(ReviewErasure.class.getName());

    @Inject
    ReviewRequests requests;

    @Transactional
    public void erase(long userId) {
        int rows = requests.eraseWordsOf(userId);
        LOG.info(() -> "Erased review texts of account " + userId + " (" + rows + " rows)");
    }
}
