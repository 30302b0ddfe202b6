package org.coderise.learning.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Publishes learning's facts (the records of {@code learning.api}) only once the transaction that made them has
 * committed, so no observer ever hears of progress that was rolled back. Outside a transaction they go out at once.
 */
@ApplicationScoped
public class LearningEvents {
    @Inject
    Event<Object> events;
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void publishAfterCommit(List<Object> facts) {
        if (facts.isEmpty()) {
            return;
        }
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            facts.forEach(events::fire);
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            // Marked for rollback (or ending): these facts will never be true.
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: the facts exist only if the commit succeeds.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    facts.forEach(events::fire);
                }
            }
        });
    }
}
