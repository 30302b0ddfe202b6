package org.coderise.metrics.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.coderise.metrics.domain.LearnerFacts;
import org.coderise.metrics.domain.LearnerProfile;
import org.coderise.metrics.domain.Measure;
import org.coderise.metrics.domain.Milestones;

/**
 * Reads and writes {@link LearnerFacts} in {@code metrics_learner}, {@code metrics_learner_course} and
 * {@code metrics_activity}. {@link #lock} serialises all changes to one learner, so two events about the same
 * learner never compute their rollup changes from the same "before". Facts are never deleted: an erased account
 * keeps counting, anonymously (see {@link LearnerFacts#anonymised()}).
 */
public class LearnerFactsStore {
    static final Map<Measure, String> COLUMNS = columns();

    private final Connection connection;

    public LearnerFactsStore(Connection connection) {
        this.connection = connection;
    }

    /** The learner's facts, locked until the transaction ends; an unknown learner gets an empty row first. */
    public LearnerFacts lock(long learnerId) {
        try {
            if (!lockedRow(learnerId)) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO metrics_learner (learner_id) VALUES (?)")) {
                    insert.setLong(1, learnerId);
                    insert.executeUpdate();
                }
            }
            return load(List.of(learnerId), learnerId, learnerId).get(0);
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot lock the facts of learner " + learnerId, e);
        }
    }

    private boolean lockedRow(long learnerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT learner_id FROM metrics_learner WHERE learner_id = ? FOR UPDATE")) {
            select.setLong(1, learnerId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Writes what changed from {@code before} to {@code after} (milestones and active days only ever grow). */
    public void save(LearnerFacts before, LearnerFacts after) {
        try {
            if (!after.profile().equals(before.profile())) {
                saveProfile(after);
            }
            for (Map.Entry<String, Milestones> course : after.courses().entrySet()) {
                Milestones old = before.courses().get(course.getKey());
                if (!course.getValue().equals(old)) {
                    saveCourse(after.learnerId(), course.getKey(), course.getValue(), old == null);
                }
            }
            for (LocalDate day : after.activeDays()) {
                if (!before.activeDays().contains(day)) {
                    insertActivity(after.learnerId(), day);
                }
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot save the facts of learner " + after.learnerId(), e);
        }
    }

    /** Every learner's facts in id order, {@code batchSize} learners per round trip, so memory stays flat. */
    public void forEach(int batchSize, Consumer<LearnerFacts> action) {
        try {
            long after = Long.MIN_VALUE;
            List<Long> ids;
            while (!(ids = nextIds(after, batchSize)).isEmpty()) {
                load(ids, ids.get(0), ids.get(ids.size() - 1)).forEach(action);
                after = ids.get(ids.size() - 1);
            }
        } catch (SQLException e) {
            throw new MetricsStorageException("Cannot read the learners' facts", e);
        }
    }

    private List<Long> nextIds(long after, int batchSize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT learner_id FROM metrics_learner WHERE learner_id > ? ORDER BY learner_id")) {
            select.setMaxRows(batchSize);
            select.setLong(1, after);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The facts of {@code ids}, which are all the learners with ids from {@code first} to {@code last}. */
    private List<LearnerFacts> load(List<Long> ids, long first, long last) throws SQLException {
        Map<Long, Optional<LearnerProfile>> profiles = profiles(first, last);
        Map<Long, Map<String, Milestones>> courses = courses(first, last);
        Map<Long, TreeSet<LocalDate>> activity = activity(first, last);
        List<LearnerFacts> facts = new ArrayList<>(ids.size());
        for (long id : ids) {
            facts.add(new LearnerFacts(id, profiles.getOrDefault(id, Optional.empty()),
                    courses.getOrDefault(id, Map.of()), activity.getOrDefault(id, new TreeSet<>())));
        }
        return facts;
    }

    private Map<Long, Optional<LearnerProfile>> profiles(long first, long last) throws SQLException {
        Map<Long, Optional<LearnerProfile>> profiles = new HashMap<>();
        try (PreparedStatement select = range("SELECT learner_id, registered_on, country, partner, cohort, age_band, "
                + "gender FROM metrics_learner WHERE learner_id BETWEEN ? AND ?", first, last);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Date registered = rs.getDate(2);
                profiles.put(rs.getLong(1), registered == null ? Optional.empty() : Optional.of(new LearnerProfile(
                        registered.toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7))));
            }
        }
        return profiles;
    }

    private Map<Long, Map<String, Milestones>> courses(long first, long last) throws SQLException {
        Map<Long, Map<String, Milestones>> courses = new HashMap<>();
        try (PreparedStatement select = range("SELECT learner_id, course_id, " + String.join(", ", COLUMNS.values())
                + " FROM metrics_learner_course WHERE learner_id BETWEEN ? AND ?", first, last);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Milestones milestones = Milestones.none();
                int column = 3;
                for (Measure measure : COLUMNS.keySet()) {
                    Date day = rs.getDate(column++);
                    if (day != null) {
                        milestones = milestones.record(measure, day.toLocalDate());
                    }
                }
                courses.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), milestones);
            }
        }
        return courses;
    }

    private Map<Long, TreeSet<LocalDate>> activity(long first, long last) throws SQLException {
        Map<Long, TreeSet<LocalDate>> activity = new HashMap<>();
        try (PreparedStatement select = range(
                "SELECT learner_id, active_on FROM metrics_activity WHERE learner_id BETWEEN ? AND ?", first, last);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                activity.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getDate(2).toLocalDate());
            }
        }
        return activity;
    }

    private PreparedStatement range(String sql, long first, long last) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, first);
        statement.setLong(2, last);
        return statement;
    }

    private void saveProfile(LearnerFacts facts) throws SQLException {
        LearnerProfile p = facts.profile().orElseThrow();
        try (PreparedStatement update = connection.prepareStatement("UPDATE metrics_learner SET registered_on = ?, "
                + "country = ?, partner = ?, cohort = ?, age_band = ?, gender = ? WHERE learner_id = ?")) {
            update.setDate(1, Date.valueOf(p.registeredOn()));
            update.setString(2, p.country());
            update.setString(3, p.partner());
            update.setString(4, p.cohort());
            update.setString(5, p.ageBand());
            update.setString(6, p.gender());
            update.setLong(7, facts.learnerId());
            update.executeUpdate();
        }
    }

    private void saveCourse(long learnerId, String courseId, Milestones milestones, boolean isNew)
            throws SQLException {
        String columns = String.join(", ", COLUMNS.values());
        String sql = isNew
                ? "INSERT INTO metrics_learner_course (" + columns + ", learner_id, course_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE metrics_learner_course SET " + String.join(" = ?, ", COLUMNS.values())
                        + " = ? WHERE learner_id = ? AND course_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Measure measure : COLUMNS.keySet()) {
                statement.setDate(i++, milestones.first(measure).map(Date::valueOf).orElse(null));
            }
            statement.setLong(i++, learnerId);
            statement.setString(i, courseId);
            statement.executeUpdate();
        }
    }

    private void insertActivity(long learnerId, LocalDate day) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO metrics_activity (learner_id, active_on) VALUES (?, ?)")) {
            insert.setLong(1, learnerId);
            insert.setDate(2, Date.valueOf(day));
            insert.executeUpdate();
        }
    }

    private static Map<Measure, String> columns() {
        Map<Measure, String> columns = new EnumMap<>(Measure.class);
        columns.put(Measure.ENROLLED, "enrolled_on");
        columns.put(Measure.SUBMITTED, "submitted_on");
        columns.put(Measure.PASSED, "passed_on");
        columns.put(Measure.MODULE_COMPLETED, "module_on");
        columns.put(Measure.COURSE_COMPLETED, "completed_on");
        columns.put(Measure.CERTIFIED, "certified_on");
        return columns;
    }
}
