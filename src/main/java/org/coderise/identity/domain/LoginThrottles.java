package org.coderise.identity.domain;

import java.util.Optional;

/** Login throttle records by key. */
public interface LoginThrottles {
    Optional<LoginThrottle> find(String key);

    LoginThrottle add(LoginThrottle throttle);

    void remove(String key);
}
