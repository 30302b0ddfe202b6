package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything metrics knows about one learner: their profile (empty until registration is seen), their first-time
 * milestones per course and the days they were active. The rollups are a pure function of these facts
 * ({@link Contributions#of}), so applying an event is "facts before → facts after → add the difference", and a
 * rebuild is "sum the contributions of every learner". Immutable: every change returns new facts.
 */
public record LearnerFacts(long learnerId, Optional<LearnerProfile> profile, Map<String, Milestones> courses,
                           SortedSet<LocalDate> activeDays) {

    public LearnerFacts {
        courses = Collections.unmodifiableMap(new TreeMap<>(courses));
        activeDays = Collections.unmodifiableSortedSet(new TreeSet<>(activeDays));
    }

    /** A learner metrics has not heard of yet. */
    public static LearnerFacts unknown(long learnerId) {
        return new LearnerFacts(learnerId, Optional.empty(), Map.of(), new TreeSet<>());
    }

    public LearnerFacts registered(LearnerProfile newProfile) {
        return new LearnerFacts(learnerId, Optional.of(newProfile), courses, activeDays);
    }

    /** These facts with {@code measure} reached in {@code courseId} on {@code day} (earliest day wins). */
    public LearnerFacts reached(String courseId, Measure measure, LocalDate day) {
        TreeMap<String, Milestones> copy = new TreeMap<>(courses);
        copy.put(courseId, copy.getOrDefault(courseId, Milestones.none()).record(measure, day));
        return new LearnerFacts(learnerId, profile, copy, activeDays);
    }

    /**
     * These facts without the groups the person belonged to, after their account was erased: identity keeps the id
     * for aggregates, so the learner still counts toward the goal and funnel, in every dimension as unknown.
     */
    public LearnerFacts anonymised() {
        return new LearnerFacts(learnerId, profile.map(p -> new LearnerProfile(p.registeredOn(), null, null, null,
                null, null)), courses, activeDays);
    }

    public LearnerFacts activeOn(LocalDate day) {
        TreeSet<LocalDate> copy = new TreeSet<>(activeDays);
        copy.add(day);
        return new LearnerFacts(learnerId, profile, courses, copy);
    }

    /** The first day this learner reached {@code measure} in any course (registration for REGISTERED). */
    public Optional<LocalDate> first(Measure measure) {
        return switch (measure) {
            case REGISTERED -> profile.map(LearnerProfile::registeredOn);
            case REACHED -> Milestones.reached(first(Measure.ENROLLED).orElse(null),
                    first(Measure.SUBMITTED).orElse(null));
            default -> courses.values().stream().flatMap(m -> m.first(measure).stream()).min(LocalDate::compareTo);
        };
    }
}
