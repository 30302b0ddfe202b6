package org.coderise.metrics.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.coderise.metrics.domain.LearnerProfile;

/**
 * Writes a realistic program as tab-separated files, one per table, seeded so runs repeat byte for byte: the source
 * tables (identity's partners, cohorts, accounts and cohort members; learning's enrollments; grading's graded
 * submissions) and metrics' own learner facts, which say exactly what the events of those rows would have told
 * metrics. The rollups are not written here: the benchmark builds them from the facts with the production rebuild.
 * <ul>
 * <li>registrations over five years growing linearly (twice as many a day now as 2.5 years ago);</li>
 * <li>40 countries with a long tail; 200 partners of very unequal size (70% of learners come through one), each
 * running ten half-yearly cohorts (2,000);</li>
 * <li>age bands for those who gave one, a self-described gender for the third who consented to share it;</li>
 * <li>about 3 enrollments per learner among a dozen courses and a leaky funnel: enrolled → first graded submission
 * → first pass → module → course → certificate; those who get further submit more (about 20 submissions per
 * learner overall), and every submission, enrollment and registration day is a day of activity.</li>
 * </ul>
 */
final class ProgramGenerator {
    static final long SEED = 20301231L;
    static final int COURSES = 12;
    static final int PARTNERS = 200;
    static final int COHORTS_PER_PARTNER = 10;
    private static final int EXERCISES = 10;
    private static final int YEARS_DAYS = 5 * 365;
    /** The forty countries, most learners first. */
    private static final List<String> COUNTRIES = List.of("NG", "KE", "IN", "GH", "ZA", "EG", "BR", "MX", "PH", "ID",
            "PK", "BD", "ET", "UG", "TZ", "RW", "SN", "CM", "CI", "MA", "TN", "CO", "PE", "AR", "CL", "VN", "TH", "MY",
            "NP", "LK", "FR", "ES", "US", "GB", "DE", "IT", "PT", "TR", "JO", "LB");
    private static final List<String> AGE_BANDS = List.of("UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_44",
            "AGE_45_PLUS");
    /** Cumulative shares of the age bands (18–24 and 25–34 most). */
    private static final double[] AGE_CUMULATIVE = {0.12, 0.50, 0.80, 0.93, 1.0};
    /** Self-descriptions as typed: metrics groups them case- and spacing-insensitively. */
    private static final List<String> GENDERS = List.of("woman", "Woman", "woman ", "man", "Man", "non-binary",
            "female", "male", "girl", "prefer to self-describe");
    /** Share of those at the previous milestone who reach each one: submitted, passed, module, course, certificate. */
    private static final double[] SHARE = {0.8, 0.85, 0.6, 0.35, 0.9};
    /** At most how many days after the previous milestone each one comes. */
    private static final int[] DAYS_LATER = {10, 12, 40, 120, 0};
    static final Map<String, String> TABLES = tables();

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final LocalDate firstDay;
    private final String[] dayText;
    private final long[] rows = new long[TABLES.size()];
    private long submissionId;
    private long enrollmentId;

    ProgramGenerator(LocalDate today) {
        this.today = today;
        this.firstDay = today.minusDays(YEARS_DAYS);
        this.dayText = new String[YEARS_DAYS + 400];
        for (int i = 0; i < dayText.length; i++) {
            dayText[i] = firstDay.plusDays(i).toString();
        }
    }

    /** Writes {@code learners} learners (ids 1..n) to {@code dir}/TABLE.tsv; returns the rows written per table. */
    Map<String, Long> generate(Path dir, int learners) throws IOException {
        Files.createDirectories(dir);
        List<BufferedWriter> out = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            out.add(Files.newBufferedWriter(dir.resolve(table + ".tsv"), StandardCharsets.UTF_8));
        }
        try {
            Tsv tsv = new Tsv(out);
            partnersAndCohorts(tsv);
            for (long id = 1; id <= learners; id++) {
                learner(tsv, id);
            }
        } finally {
            for (BufferedWriter writer : out) {
                writer.close();
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        int i = 0;
        for (String table : TABLES.keySet()) {
            counts.put(table, rows[i++]);
        }
        return counts;
    }

    private void partnersAndCohorts(Tsv tsv) {
        for (int p = 1; p <= PARTNERS; p++) {
            tsv.row(0, p, "Partner " + p, COUNTRIES.get(p % COUNTRIES.size()), day(0) + " 09:00:00");
            for (int c = 0; c < COHORTS_PER_PARTNER; c++) {
                int cohort = (p - 1) * COHORTS_PER_PARTNER + c + 1;
                tsv.row(1, cohort, p, "Cohort " + (c + 1) + " of partner " + p, "INV" + cohort, c == 9 ? 1 : 0,
                        day(c * YEARS_DAYS / 10) + " 09:00:00");
            }
        }
    }

    private void learner(Tsv tsv, long id) {
        int registered = (int) (YEARS_DAYS * Math.sqrt(random.nextDouble()));
        String country = COUNTRIES.get((int) Math.min(COUNTRIES.size() - 1,
                Math.floor(-Math.log(1 - random.nextDouble()) * 7)));
        boolean viaPartner = random.nextDouble() < 0.7;
        int partner = viaPartner ? 1 + (int) (PARTNERS * Math.pow(random.nextDouble(), 2.5)) : 0;
        int cohort = viaPartner ? (partner - 1) * COHORTS_PER_PARTNER + Math.min(9, registered / (YEARS_DAYS / 10)) + 1
                : 0;
        String ageBand = random.nextDouble() < 0.9 ? AGE_BANDS.get(ageBandIndex()) : null;
        boolean consent = random.nextDouble() < 0.35;
        String gender = consent ? GENDERS.get(random.nextInt(GENDERS.size())) : null;
        String at = day(registered) + " " + time();
        tsv.row(2, id, "Learner " + id, "learner" + id + "@bench.example", "learner" + id + "@bench.example",
                "$bench$not-a-hash", "en", country, consent ? 1 : 0, consent ? at : null, gender, ageBand,
                viaPartner ? partner : null, at);
        if (viaPartner) {
            tsv.row(3, id, cohort, id, at);
        }
        LearnerProfile profile = new LearnerProfile(firstDay.plusDays(registered), country,
                viaPartner ? Integer.toString(partner) : null, viaPartner ? Integer.toString(cohort) : null, ageBand,
                gender == null ? null : gender.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        tsv.row(6, id, day(registered), profile.country(), profile.partner(), profile.cohort(), profile.ageBand(),
                profile.gender());
        TreeSet<Integer> active = new TreeSet<>();
        active.add(registered);
        if (random.nextDouble() < 0.92) {
            int courses = 1 + random.nextInt(6);
            int first = random.nextInt(COURSES);
            int enrolledOn = registered + random.nextInt(8);
            Integer[] order = new Integer[courses];
            for (int c = 0; c < courses; c++) {
                order[c] = (first + c) % COURSES + 1;
            }
            Arrays.sort(order);
            int[] days = new int[courses];
            for (int c = 0; c < courses; c++) {
                days[c] = enrolledOn;
                enrolledOn += random.nextInt(90);
            }
            for (int c = 0; c < courses; c++) {
                if (days[c] <= YEARS_DAYS) {
                    course(tsv, id, order[c], days[c], active);
                }
            }
        }
        for (int day : active) {
            tsv.row(8, id, day(day));
        }
    }

    /** One enrollment: its milestones, its graded submissions, its fact row and the days it made active. */
    private void course(Tsv tsv, long learner, int course, int enrolled, TreeSet<Integer> active) {
        Integer[] milestones = new Integer[6];
        milestones[0] = enrolled;
        active.add(enrolled);
        int day = enrolled;
        int reached = 0;
        for (int i = 0; i < SHARE.length; i++) {
            day += random.nextInt(DAYS_LATER[i] + 1);
            if (random.nextDouble() >= SHARE[i] || day > YEARS_DAYS) {
                break;
            }
            milestones[i + 1] = day;
            reached = i + 1;
        }
        String courseId = "course-" + course;
        submissions(tsv, learner, courseId, milestones, reached, active);
        tsv.row(5, ++enrollmentId, learner, courseId, day(enrolled) + " 10:00:00",
                milestones[4] == null ? null : day(milestones[4]) + " 21:00:00");
        tsv.row(7, learner, courseId, day(milestones[0]), day(milestones[1]), day(milestones[2]), day(milestones[3]),
                day(milestones[4]), day(milestones[5]));
    }

    /**
     * The graded submissions of an enrollment: the first on the "submitted" day, the first accepted one on the
     * "passed" day, more the further the learner got, spread up to the last milestone; modules and the course are
     * completed by an accepted submission, so their days are submission days too.
     */
    private void submissions(Tsv tsv, long learner, String course, Integer[] milestones, int reached,
                             TreeSet<Integer> active) {
        if (reached < 1) {
            return;
        }
        int count = switch (reached) {
            case 1 -> 1 + random.nextInt(3);
            case 2 -> 2 + random.nextInt(5);
            case 3 -> 5 + random.nextInt(12);
            default -> 14 + random.nextInt(22);
        };
        int firstSubmitted = milestones[1];
        Integer passed = milestones[2];
        int last = milestones[Math.min(reached, 4)];
        submission(tsv, learner, course, 0, firstSubmitted, passed != null && passed == firstSubmitted, active);
        int made = 1;
        for (int m = 2; m <= Math.min(reached, 4); m++) {
            if (milestones[m] != firstSubmitted || m > 2) {
                submission(tsv, learner, course, m, milestones[m], true, active);
                made++;
            }
        }
        for (; made < count; made++) {
            int day = firstSubmitted + (last > firstSubmitted ? random.nextInt(last - firstSubmitted + 1) : 0);
            boolean accepted = passed != null && day >= passed && random.nextDouble() < 0.6;
            submission(tsv, learner, course, random.nextInt(EXERCISES), day, accepted, active);
        }
    }

    private void submission(Tsv tsv, long learner, String course, int exercise, int day, boolean accepted,
                            TreeSet<Integer> active) {
        active.add(day);
        String at = day(day) + " " + time();
        int passedTests = accepted ? 5 : random.nextInt(5);
        tsv.row(4, ++submissionId, learner, course, "exercise-" + (exercise + 1), "bench", "python", "{}", 2, "", "",
                10, "GRADED", accepted ? "ACCEPTED" : "WRONG_ANSWER", passedTests * 2, passedTests, 5, at, at, at, at,
                1);
    }

    private int ageBandIndex() {
        double u = random.nextDouble();
        int i = 0;
        while (u > AGE_CUMULATIVE[i]) {
            i++;
        }
        return i;
    }

    /** A time of day in UTC between 08:00 and 19:59, so a submission's received and graded days are the same. */
    private String time() {
        int minutes = 8 * 60 + random.nextInt(12 * 60);
        int h = minutes / 60;
        int m = minutes % 60;
        return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m + ":00";
    }

    private String day(Integer offset) {
        return offset == null ? null : dayText[offset];
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("partners", "id, name, country_code, created_at");
        tables.put("cohorts", "id, partner_id, name, invite_code, open_for_joining, created_at");
        tables.put("accounts", "id, display_name, email, email_normalized, password_hash, preferred_language, "
                + "country_code, demographics_consent, demographics_consent_at, gender_self_description, age_band, "
                + "partner_id, created_at");
        tables.put("cohort_members", "id, cohort_id, account_id, joined_at");
        tables.put("grading_submission", "id, learner_id, course_id, exercise_id, catalog_version, language, "
                + "files_json, files_bytes, hidden_suites, hidden_cases, max_score, status, verdict, score, "
                + "passed_tests, total_tests, received_at, queued_at, started_at, finished_at, attempts");
        tables.put("learning_enrollment", "id, learner_id, course_id, enrolled_at, completed_at");
        tables.put("metrics_learner", "learner_id, registered_on, country, partner, cohort, age_band, gender");
        tables.put("metrics_learner_course", "learner_id, course_id, enrolled_on, submitted_on, passed_on, module_on, "
                + "completed_on, certified_on");
        tables.put("metrics_activity", "learner_id, active_on");
        return tables;
    }

    /** Rows as tab-separated lines, {@code \N} for NULL (what LOAD DATA reads by default). */
    private final class Tsv {
        private final List<BufferedWriter> out;
        private final StringBuilder line = new StringBuilder(256);

        Tsv(List<BufferedWriter> out) {
            this.out = out;
        }

        void row(int table, Object... values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(values[i] == null ? "\\N" : values[i]);
            }
            line.append('\n');
            try {
                out.get(table).append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[table]++;
        }
    }
}
