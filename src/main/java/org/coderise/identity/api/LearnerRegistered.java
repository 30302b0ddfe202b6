package org.coderise.identity.api;

import java.time.LocalDateTime;

/**
 * A new account was registered. Fired inside the registering transaction: observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to see only registrations that were committed.
 * Demographic fields are present only when the learner consented to give them for program reporting.
 *
 * @param country   ISO 3166-1 alpha-2 code, upper case
 * @param partnerId the partner organisation of the cohort joined at registration, or null
 * @param cohortId  the cohort joined with an invite code at registration, or null
 * @param ageBand   one of {@code AgeBand} names (e.g. {@code AGE_18_24}) or null
 * @param gender    the learner's own words, or null
 * @param at        UTC
 */
public record LearnerRegistered(long userId, String country, Long partnerId, Long cohortId, String ageBand,
                                String gender, LocalDateTime at) {
}
