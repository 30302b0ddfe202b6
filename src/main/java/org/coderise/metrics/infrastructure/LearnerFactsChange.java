package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.util.function.UnaryOperator;
import org.coderise.metrics.domain.Contributions;
import org.coderise.metrics.domain.LearnerFacts;

/**
 * One change to one learner on the caller's transaction: lock the learner, compute the facts after the change,
 * store them and add the difference of their contributions to the rollups. A change that alters no fact (an event
 * delivered twice) writes nothing to the rollups.
 */
public class LearnerFactsChange {
    private final LearnerFactsStore facts;
    private final RollupStore rollups;

    public LearnerFactsChange(Connection connection) {
        this.facts = new LearnerFactsStore(connection);
        this.rollups = new RollupStore(connection);
    }

    public void apply(long learnerId, UnaryOperator<LearnerFacts> change) {
        LearnerFacts before = facts.lock(learnerId);
        LearnerFacts after = change.apply(before);
        facts.save(before, after);
        rollups.add(Contributions.of(after).minus(Contributions.of(before)));
    }

}
