package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.coderise.metrics.domain.ActiveKey;
import org.coderise.metrics.domain.Contributions;
import org.coderise.metrics.domain.RollupKey;

/**
 * Recomputes every rollup from the stored learner facts: the sum of each learner's {@link Contributions}, the same
 * function event handling uses, so a rebuild after a bug fix in that function corrects history. The facts are the
 * first-time facts the events carried (metrics' own copy); see the metrics section of CONTRIBUTING.md.
 */
public class RollupRebuild {
    private static final int BATCH = 5_000;

    private final Connection connection;

    public RollupRebuild(Connection connection) {
        this.connection = connection;
    }

    /** Rebuilds and returns the number of learners read. Run it in one transaction: readers see old or new, never half. */
    public long run() {
        Map<RollupKey, Long> rollups = new HashMap<>();
        Map<ActiveKey, Long> active = new HashMap<>();
        long[] learners = {0};
        new LearnerFactsStore(connection).forEach(BATCH, facts -> {
            Contributions.of(facts).addTo(rollups, active);
            learners[0]++;
        });
        new RollupStore(connection).replaceAll(rollups, active);
        return learners[0];
    }
}
