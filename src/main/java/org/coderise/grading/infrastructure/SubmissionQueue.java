package org.coderise.grading.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.coderise.grading.application.Claim;
import org.coderise.grading.application.GradingJob;
import org.coderise.grading.application.GradingOutcome;
import org.coderise.grading.domain.SubmittedFilesConverter;

/**
 * The durable grading queue, in plain SQL so that its guarantees are visible in one place:
 * <ul>
 * <li>a claim sets a fresh, unique lease owner and counts an attempt; a row whose lease has expired (its worker died)
 * is claimable again;</li>
 * <li>recording a result deletes the queue row <em>only if the caller still holds the lease</em> and updates the
 * submission only if it is still running, both in one transaction: a result is recorded exactly once even when a slow
 * worker's lease was taken over.</li>
 * </ul>
 * Claiming uses {@code SELECT … FOR UPDATE SKIP LOCKED} on MySQL/MariaDB (workers never wait for each other) and an
 * optimistic conditional {@code UPDATE} elsewhere (H2), which is correct on any database because the lease condition
 * is re-checked by the update itself. Each method runs its own local transaction: call it outside a JTA transaction.
 */
public class SubmissionQueue {
    private static final int OPTIMISTIC_CANDIDATES = 8;
    private static final String CLAIMABLE = " available_at <= ? AND (lease_owner IS NULL OR lease_expires < ?) ";

    /** How workers take a row: both are correct; SKIP_LOCKED avoids contention where the database has it. */
    public enum ClaimStrategy { SKIP_LOCKED, OPTIMISTIC }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lease;
    private final ClaimStrategy strategy;

    public SubmissionQueue(DataSource dataSource, Clock clock, Duration lease, ClaimStrategy strategy) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.lease = lease;
        this.strategy = strategy;
    }

    /** SKIP_LOCKED on MySQL and MariaDB, OPTIMISTIC on anything else. */
    public static ClaimStrategy strategyFor(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("mysql") || product.contains("mariadb") ? ClaimStrategy.SKIP_LOCKED
                    : ClaimStrategy.OPTIMISTIC;
        }
    }

    public ClaimStrategy strategy() {
        return strategy;
    }

    /**
     * Takes the oldest available submission for {@code worker}, marking it running.
     *
     * @return the claim, or empty when nothing is waiting
     */
    public Optional<Claim> claim(String worker) {
        String owner = worker + "/" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = now();
        return inTransaction(c -> {
            Optional<Claim> claim = strategy == ClaimStrategy.SKIP_LOCKED
                    ? claimSkippingLocked(c, owner, now) : claimOptimistically(c, owner, now);
            if (claim.isPresent()) {
                markRunning(c, claim.get());
            }
            return claim;
        });
    }

    private Optional<Claim> claimSkippingLocked(Connection c, String owner, LocalDateTime now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT submission_id FROM grading_queue WHERE" + CLAIMABLE
                + "ORDER BY available_at, submission_id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            select.setObject(1, now);
            select.setObject(2, now);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? takeLease(c, rs.getLong(1), owner, now) : Optional.empty();
            }
        }
    }

    private Optional<Claim> claimOptimistically(Connection c, String owner, LocalDateTime now) throws SQLException {
        for (long candidate : candidates(c, now)) {
            Optional<Claim> claim = takeLease(c, candidate, owner, now);
            if (claim.isPresent()) {
                return claim;
            }
        }
        return Optional.empty();
    }

    private List<Long> candidates(Connection c, LocalDateTime now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT submission_id FROM grading_queue WHERE" + CLAIMABLE
                + "ORDER BY available_at, submission_id LIMIT " + OPTIMISTIC_CANDIDATES)) {
            select.setObject(1, now);
            select.setObject(2, now);
            var ids = new ArrayList<Long>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The conditional update is the real guard: it takes the row only if nobody holds a live lease on it. */
    private Optional<Claim> takeLease(Connection c, long id, String owner, LocalDateTime now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE grading_queue SET lease_owner = ?, lease_expires = ?,"
                + " attempts = attempts + 1 WHERE submission_id = ? AND" + CLAIMABLE)) {
            update.setString(1, owner);
            update.setObject(2, now.plus(lease));
            update.setLong(3, id);
            update.setObject(4, now);
            update.setObject(5, now);
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT attempts, language, enqueued_at FROM grading_queue WHERE submission_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return Optional.of(new Claim(id, owner, rs.getInt(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class), now));
            }
        }
    }

    private static void markRunning(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE grading_submission SET status = 'RUNNING',"
                + " started_at = ?, attempts = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")) {
            update.setObject(1, claim.startedAt());
            update.setInt(2, claim.attempt());
            update.setLong(3, claim.submissionId());
            update.executeUpdate();
        }
    }

    /** The submission behind a claim. */
    public GradingJob job(Claim claim) {
        return inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT learner_id, course_id, exercise_id,"
                    + " catalog_version, language, files_json, max_score, received_at FROM grading_submission WHERE id = ?")) {
                select.setLong(1, claim.submissionId());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Queued submission " + claim.submissionId() + " has no row");
                    }
                    return new GradingJob(claim.submissionId(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5),
                            new SubmittedFilesConverter().convertToEntityAttribute(rs.getString(6)).files(),
                            rs.getInt(7), rs.getObject(8, LocalDateTime.class));
                }
            }
        });
    }

    /**
     * Records the final state if {@code claim} still holds the lease, removing the queue entry in the same
     * transaction.
     *
     * @return true when recorded; false when the lease was lost (another worker owns or finished the submission)
     */
    public boolean complete(Claim claim, GradingOutcome outcome) {
        LocalDateTime now = now();
        return inTransaction(c -> {
            if (!removeIfLeased(c, claim)) {
                return false;
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE grading_submission SET status = ?, verdict = ?,"
                    + " score = ?, passed_tests = ?, total_tests = ?, message = ?, result_json = ?, finished_at = ?"
                    + " WHERE id = ? AND status = 'RUNNING'")) {
                update.setString(1, outcome.status().name());
                update.setString(2, outcome.verdict().name());
                update.setInt(3, outcome.score());
                update.setInt(4, outcome.passedTests());
                update.setInt(5, outcome.totalTests());
                update.setString(6, abbreviate(outcome.message(), 1000));
                update.setString(7, outcome.result().map(RunResultJson::write).orElse(null));
                update.setObject(8, now);
                update.setLong(9, claim.submissionId());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("Submission " + claim.submissionId() + " was not running");
                }
            }
            return true;
        });
    }

    private static boolean removeIfLeased(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM grading_queue WHERE submission_id = ? AND lease_owner = ?")) {
            delete.setLong(1, claim.submissionId());
            delete.setString(2, claim.leaseOwner());
            return delete.executeUpdate() == 1;
        }
    }

    /**
     * Gives the submission back to the queue after a failure of ours, available again after {@code delay}.
     *
     * @return false when the lease was already lost
     */
    public boolean retryLater(Claim claim, String reason, Duration delay) {
        LocalDateTime now = now();
        return inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE grading_queue SET lease_owner = NULL,"
                    + " lease_expires = NULL, available_at = ?, last_error = ? WHERE submission_id = ? AND lease_owner = ?")) {
                update.setObject(1, now.plus(delay));
                update.setString(2, abbreviate(reason, 1000));
                update.setLong(3, claim.submissionId());
                update.setString(4, claim.leaseOwner());
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE grading_submission SET status = 'QUEUED' WHERE id = ? AND status = 'RUNNING'")) {
                update.setLong(1, claim.submissionId());
                update.executeUpdate();
            }
            return true;
        });
    }

    /** Submissions in the queue, running ones included. */
    public long length() {
        return queryLong("SELECT COUNT(*) FROM grading_queue");
    }

    /** When the longest-waiting unclaimed submission entered the queue. */
    public Optional<LocalDateTime> oldestWaiting() {
        return read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT MIN(enqueued_at) FROM grading_queue WHERE lease_owner IS NULL OR lease_expires < ?")) {
                select.setObject(1, now());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getObject(1, LocalDateTime.class)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The submission's place among the unclaimed ones, 1 being next.
     *
     * @return empty when it is not waiting (running, finished or unknown)
     */
    public Optional<Long> position(long submissionId) {
        return read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM grading_queue q, grading_queue mine"
                    + " WHERE mine.submission_id = ? AND mine.lease_owner IS NULL"
                    + " AND (q.lease_owner IS NULL OR q.lease_expires < ?)"
                    + " AND (q.available_at < mine.available_at OR (q.available_at = mine.available_at"
                    + " AND q.submission_id <= mine.submission_id))")) {
                select.setLong(1, submissionId);
                select.setObject(2, now());
                try (ResultSet rs = select.executeQuery()) {
                    long count = rs.next() ? rs.getLong(1) : 0;
                    return count == 0 ? Optional.empty() : Optional.of(count);
                }
            }
        });
    }

    private long queryLong(String sql) {
        return read(c -> {
            try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Reads without touching the transaction mode, so it may also run inside a caller's JTA transaction. */
    private <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new QueueUnavailableException(e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new QueueUnavailableException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
