package org.coderise.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottlingTest {
    @Test
    void throttlesRemoteAddresses() {
        assertThat(LoginThrottling.throttlesAddress("203.0.113.9")).isTrue();
        assertThat(LoginThrottling.throttlesAddress("2001:db8::1")).isTrue();
    }

    @Test
    void leavesTheLoopbackOfALocalReverseProxyToThePerAccountThrottle() {
        assertThat(LoginThrottling.throttlesAddress("127.0.0.1")).isFalse();
        assertThat(LoginThrottling.throttlesAddress("0:0:0:0:0:0:0:1")).isFalse();
    }
}
