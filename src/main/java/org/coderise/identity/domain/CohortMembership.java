package org.coderise.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An account belongs to a cohort: a learner studying in it or a mentor reviewing it (their roles say which). */
@Entity
@Table(name = "cohort_members")
public class CohortMembership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cohort_id")
    private long cohortId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "joined_at")
    private LocalDateTime joinedAt;

    protected CohortMembership() {
    }

    public CohortMembership(long cohortId, long accountId, LocalDateTime joinedAt) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.joinedAt = joinedAt;
    }

    public long cohortId() {
        return cohortId;
    }

    public long accountId() {
        return accountId;
    }
}
