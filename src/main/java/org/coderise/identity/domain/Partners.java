package org.coderise.identity.domain;

import java.util.List;
import java.util.Optional;

/** Partner organisations and their cohorts and memberships. */
public interface Partners {
    Partner add(Partner partner);

    Optional<Partner> find(long id);

    Optional<Partner> findByName(String name);

    List<Partner> all();

    Cohort add(Cohort cohort);

    Optional<Cohort> findCohort(long id);

    /** By code as stored ({@link Cohort#normalizeCode(String)}). */
    Optional<Cohort> findCohortByCode(String code);

    List<Cohort> cohorts();

    void add(CohortMembership membership);

    void removeMembership(long cohortId, long accountId);

    boolean isMember(long cohortId, long accountId);

    List<Long> cohortIdsOf(long accountId);

    /** The cohorts an account belongs to, by name. */
    List<Cohort> cohortsOf(long accountId);

    long memberCount(long cohortId);

    /** The members of a cohort who hold the MENTOR role, by display name. */
    List<Account> mentorsOf(long cohortId);
}
