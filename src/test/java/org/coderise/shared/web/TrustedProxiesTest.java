package org.coderise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies loopbackAndPrivate = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1");

    @Test
    void aClientWithoutProxyIsItsPeer() {
        assertThat(loopbackAndPrivate.client("203.0.113.7", null)).isEqualTo("203.0.113.7");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertThat(loopbackAndPrivate.client("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxySpeaksForTheClient() {
        assertThat(loopbackAndPrivate.client("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void theNearestUntrustedHopWinsSoAForgedLeftmostEntryIsIgnored() {
        assertThat(loopbackAndPrivate.client("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.1.2.3"))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        assertThat(loopbackAndPrivate.client("127.0.0.1", "evil.example, 10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void malformedAddressesAreNeverLookedUpOrBelieved() {
        assertThat(loopbackAndPrivate.client("127.0.0.1", "999.1.1.1")).isEqualTo("127.0.0.1");
        assertThat(loopbackAndPrivate.client("127.0.0.1", ":::::, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void ipv6ProxiesAndBlocks() {
        TrustedProxies v6 = TrustedProxies.parse("fd00::/8");
        assertThat(v6.client("fd12::1", "2001:db8::5")).isEqualTo("2001:db8::5");
        assertThat(v6.client("2001:db8::9", "2001:db8::5")).isEqualTo("2001:db8::9");
    }

    @Test
    void blankTrustsNobody() {
        assertThat(TrustedProxies.parse(" ").client("127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, proxy.local"))
                .hasMessageContaining("proxy.local");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }
}
