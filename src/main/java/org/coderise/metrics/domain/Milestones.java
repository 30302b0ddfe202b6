package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first day a learner reached each milestone in one course. Recording keeps the earliest day, so an event
 * delivered twice, or late and out of order, leaves the same facts: this is what makes the rollups idempotent.
 * {@link Measure#REACHED} is derived (the later of enrolled and first graded submission), never recorded.
 */
public final class Milestones {
    private final Map<Measure, LocalDate> firsts;

    private Milestones(Map<Measure, LocalDate> firsts) {
        this.firsts = firsts;
    }

    public static Milestones none() {
        return new Milestones(new EnumMap<>(Measure.class));
    }

    /** These milestones with {@code measure} on {@code day} unless an earlier (or the same) day is already known. */
    public Milestones record(Measure measure, LocalDate day) {
        if (measure == Measure.REACHED || measure == Measure.REGISTERED) {
            throw new IllegalArgumentException(measure + " is not recorded per course");
        }
        LocalDate known = firsts.get(measure);
        if (known != null && !day.isBefore(known)) {
            return this;
        }
        EnumMap<Measure, LocalDate> copy = new EnumMap<>(Measure.class);
        copy.putAll(firsts);
        copy.put(measure, day);
        return new Milestones(copy);
    }

    public Optional<LocalDate> first(Measure measure) {
        if (measure == Measure.REACHED) {
            return reached(firsts.get(Measure.ENROLLED), firsts.get(Measure.SUBMITTED));
        }
        return Optional.ofNullable(firsts.get(measure));
    }

    public Map<Measure, LocalDate> recorded() {
        return Collections.unmodifiableMap(firsts);
    }

    static Optional<LocalDate> reached(LocalDate enrolled, LocalDate submitted) {
        if (enrolled == null || submitted == null) {
            return Optional.empty();
        }
        return Optional.of(enrolled.isAfter(submitted) ? enrolled : submitted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestones m && m.firsts.equals(firsts);
    }

    @Override
    public int hashCode() {
        return firsts.hashCode();
    }
}
