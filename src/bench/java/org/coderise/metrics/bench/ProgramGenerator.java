package org.coderise.metrics.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coderise.metrics.domain.ActiveKey;
import org.coderise.metrics.domain.Contributions;
import org.coderise.metrics.domain.LearnerFacts;
import org.coderise.metrics.domain.LearnerProfile;
import org.coderise.metrics.domain.Measure;
import org.coderise.metrics.domain.Milestones;
import org.coderise.metrics.domain.RollupKey;
import org.coderise.metrics.infrastructure.RollupStore;

/**
 * Writes a realistic program's learner facts straight into the metrics tables, seeded so runs repeat: registrations
 * over five years growing linearly, 40 countries (skewed), 200 partners with a cohort per half-year each (2,000), a dozen courses, a
 * leaky funnel from enrollment to certificate, and a few active days per learner. It sums each learner's
 * contributions as it goes, so the rollups of a million learners are written without reading the facts back.
 */
final class ProgramGenerator {
    private static final int YEARS_DAYS = 5 * 365;
    private static final int BATCH = 5_000;
    private static final List<Measure> COURSE_COLUMNS = List.of(Measure.ENROLLED, Measure.SUBMITTED, Measure.PASSED,
            Measure.MODULE_COMPLETED, Measure.COURSE_COMPLETED, Measure.CERTIFIED);
    /** Share of those at the previous milestone who reach each one, and how many days later at most. */
    private static final double[] SHARE = {1.0, 0.8, 0.85, 0.6, 0.35, 0.9};
    private static final int[] DAYS_LATER = {14, 8, 10, 30, 90, 2};
    private static final List<String> AGE_BANDS = List.of("UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_44",
            "AGE_45_PLUS", "unknown");
    private static final List<String> GENDERS = List.of("woman", "woman", "woman", "woman", "woman", "woman",
            "non-binary", "girl", "female");

    private final Random random = new Random(20301231L);
    private final LocalDate today;
    private final Map<RollupKey, Long> rollups = new HashMap<>();
    private final Map<ActiveKey, Long> active = new HashMap<>();

    ProgramGenerator(LocalDate today) {
        this.today = today;
    }

    /** Inserts learners with ids 1..{@code learners} and then their rollups; returns the number of fact rows. */
    long generate(Connection connection, int learners) throws SQLException {
        long rows = 0;
        try (PreparedStatement learner = connection.prepareStatement("INSERT INTO metrics_learner (learner_id, "
                + "registered_on, country, partner, cohort, age_band, gender) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement course = connection.prepareStatement("INSERT INTO metrics_learner_course (learner_id, "
                     + "course_id, enrolled_on, submitted_on, passed_on, module_on, completed_on, certified_on) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement activity = connection.prepareStatement(
                     "INSERT INTO metrics_activity (learner_id, active_on) VALUES (?, ?)")) {
            for (int id = 1; id <= learners; id++) {
                LearnerFacts facts = learner(id);
                Contributions.of(facts).addTo(rollups, active);
                rows += write(facts, learner, course, activity);
                if (id % BATCH == 0 || id == learners) {
                    learner.executeBatch();
                    course.executeBatch();
                    activity.executeBatch();
                    connection.commit();
                }
            }
        }
        new RollupStore(connection).replaceAll(rollups, active);
        connection.commit();
        return rows;
    }

    private LearnerFacts learner(long id) {
        LocalDate registered = today.minusDays(YEARS_DAYS - (long) (YEARS_DAYS * Math.sqrt(random.nextDouble())));
        int partner = random.nextDouble() < 0.7 ? random.nextInt(200) : -1;
        LearnerFacts facts = LearnerFacts.unknown(id).registered(new LearnerProfile(registered, country(),
                partner < 0 ? null : Integer.toString(partner + 1),
                partner < 0 ? null : Integer.toString(partner * 10 + cohortOf(registered) + 1),
                AGE_BANDS.get(random.nextInt(AGE_BANDS.size())),
                random.nextDouble() < 0.4 ? GENDERS.get(random.nextInt(GENDERS.size())) : null)).activeOn(registered);
        if (random.nextDouble() < 0.75) {
            int courses = 1 + (random.nextDouble() < 0.4 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
            int first = random.nextInt(12);
            for (int c = 0; c < courses; c++) {
                facts = course(facts, "course-" + ((first + c) % 12 + 1), registered);
            }
        }
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            LocalDate day = registered.plusDays(random.nextInt(180));
            facts = day.isAfter(today) ? facts : facts.activeOn(day);
        }
        return facts;
    }

    /** One course's milestones, each reached by a share of those who reached the previous one. */
    private LearnerFacts course(LearnerFacts facts, String courseId, LocalDate registered) {
        LocalDate day = registered;
        for (int i = 0; i < COURSE_COLUMNS.size(); i++) {
            day = day.plusDays(random.nextInt(DAYS_LATER[i] + 1));
            if (random.nextDouble() >= SHARE[i] || day.isAfter(today)) {
                return facts;
            }
            facts = facts.reached(courseId, COURSE_COLUMNS.get(i), day).activeOn(day);
        }
        return facts;
    }

    private static int write(LearnerFacts facts, PreparedStatement learner, PreparedStatement course,
                             PreparedStatement activity) throws SQLException {
        LearnerProfile profile = facts.profile().orElseThrow();
        learner.setLong(1, facts.learnerId());
        learner.setDate(2, Date.valueOf(profile.registeredOn()));
        learner.setString(3, profile.country());
        learner.setString(4, profile.partner());
        learner.setString(5, profile.cohort());
        learner.setString(6, profile.ageBand());
        learner.setString(7, profile.gender());
        learner.addBatch();
        for (Map.Entry<String, Milestones> entry : facts.courses().entrySet()) {
            course.setLong(1, facts.learnerId());
            course.setString(2, entry.getKey());
            for (int i = 0; i < COURSE_COLUMNS.size(); i++) {
                course.setDate(3 + i, entry.getValue().first(COURSE_COLUMNS.get(i)).map(Date::valueOf).orElse(null));
            }
            course.addBatch();
        }
        for (LocalDate day : facts.activeDays()) {
            activity.setLong(1, facts.learnerId());
            activity.setDate(2, Date.valueOf(day));
            activity.addBatch();
        }
        return 1 + facts.courses().size() + facts.activeDays().size();
    }

    /** Each partner runs ten cohorts, one per half-year: a cohort's learners register within the same months. */
    private int cohortOf(LocalDate registered) {
        long daysBeforeToday = today.toEpochDay() - registered.toEpochDay();
        return (int) Math.min(9, daysBeforeToday / (YEARS_DAYS / 10));
    }

    /** Country codes with a long tail: the first few countries hold most learners. */
    private String country() {
        int index = (int) Math.min(39, Math.floor(-Math.log(1 - random.nextDouble()) * 8));
        return "C" + (index < 10 ? "0" : "") + index;
    }
}
