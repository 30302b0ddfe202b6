package org.coderise.metrics.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What metrics keeps of a registered learner: the day they registered and the groups they belong to, already
 * coarse (an age band, never a birth date; demographics only when the learner consented to share them). No names, no
 * e-mail: a learner id, a day and group labels are all the dashboard ever needs.
 */
public record LearnerProfile(LocalDate registeredOn, String country, String partner, String cohort,
                             String ageBand, String gender) {

    public LearnerProfile {
        Objects.requireNonNull(registeredOn, "registeredOn");
        country = orUnknown(country);
        partner = orUnknown(partner);
        cohort = orUnknown(cohort);
        ageBand = orUnknown(ageBand);
        gender = orUnknown(gender);
    }

    /** This learner's value in a dimension; {@link Dimension#COURSE} has none here (a learner has many courses). */
    public String valueOf(Dimension dimension) {
        return switch (dimension) {
            case ALL -> Dimension.ALL_VALUE;
            case COUNTRY -> country;
            case PARTNER -> partner;
            case COHORT -> cohort;
            case AGE_BAND -> ageBand;
            case GENDER -> gender;
            case COURSE -> throw new IllegalArgumentException("A learner's courses are kept per course");
        };
    }

    private static String orUnknown(String value) {
        if (value == null || value.isBlank()) {
            return Dimension.UNKNOWN;
        }
        String trimmed = value.strip();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
