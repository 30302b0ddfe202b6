package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coderise.identity.api.Role;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.CohortMembership;
import org.coderise.identity.domain.Partner;
import org.coderise.identity.domain.Partners;

@ApplicationScoped
class JpaPartners implements Partners {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public Partner add(Partner partner) {
        em.persist(partner);
        em.flush();
        return partner;
    }

    @Override
    public Optional<Partner> find(long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public Optional<Partner> findByName(String name) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.name = :name", Partner.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Partner> all() {
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.name", Partner.class).getResultList();
    }

    @Override
    public Cohort add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
        return cohort;
    }

    @Override
    public Optional<Cohort> findCohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    @Override
    public Optional<Cohort> findCohortByCode(String code) {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.inviteCode = :code", Cohort.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Cohort> cohorts() {
        return em.createQuery("SELECT c FROM Cohort c ORDER BY c.createdAt DESC, c.id DESC", Cohort.class)
                .getResultList();
    }

    @Override
    public void add(CohortMembership membership) {
        em.persist(membership);
    }

    @Override
    public void removeMembership(long cohortId, long accountId) {
        em.createQuery("DELETE FROM CohortMembership m WHERE m.cohortId = :c AND m.accountId = :a")
                .setParameter("c", cohortId).setParameter("a", accountId).executeUpdate();
    }

    @Override
    public boolean isMember(long cohortId, long accountId) {
        return !em.createQuery("SELECT m.id FROM CohortMembership m WHERE m.cohortId = :c AND m.accountId = :a",
                        Long.class)
                .setParameter("c", cohortId).setParameter("a", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Long> cohortIdsOf(long accountId) {
        return em.createQuery("SELECT m.cohortId FROM CohortMembership m WHERE m.accountId = :a ORDER BY m.cohortId",
                Long.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<Cohort> cohortsOf(long accountId) {
        return em.createQuery("SELECT c FROM Cohort c, CohortMembership m WHERE m.cohortId = c.id AND m.accountId = :a "
                + "ORDER BY c.name", Cohort.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public long memberCount(long cohortId) {
        return em.createQuery("SELECT COUNT(m) FROM CohortMembership m WHERE m.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
    }

    @Override
    public List<Account> mentorsOf(long cohortId) {
        return em.createQuery("SELECT a FROM Account a, CohortMembership m WHERE m.accountId = a.id "
                        + "AND m.cohortId = :c AND :mentor MEMBER OF a.roles ORDER BY a.displayName", Account.class)
                .setParameter("c", cohortId).setParameter("mentor", Role.MENTOR).getResultList();
    }
}
