package org.coderise.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.coderise.identity.domain.LoginThrottle;
import org.coderise.identity.domain.LoginThrottles;

@ApplicationScoped
class JpaLoginThrottles implements LoginThrottles {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public Optional<LoginThrottle> find(String key) {
        return Optional.ofNullable(em.find(LoginThrottle.class, key));
    }

    @Override
    public LoginThrottle add(LoginThrottle throttle) {
        em.persist(throttle);
        return throttle;
    }

    @Override
    public void remove(String key) {
        find(key).ifPresent(em::remove);
    }
}
