import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MobileMoneyBandsTest {

    @Test
    @DisplayName("the edges of each band belong to the band below")
    void bandEdges() {
        assertEquals(1, MobileMoney.fee(1), "expected a fee of 1 for sending 1");
        assertEquals(1, MobileMoney.fee(100), "expected a fee of 1 for sending exactly 100");
        assertEquals(10, MobileMoney.fee(101), "expected a fee of 10 for sending 101");
        assertEquals(10, MobileMoney.fee(1000), "expected a fee of 10 for sending exactly 1000");
        assertEquals(25, MobileMoney.fee(1001), "expected a fee of 25 for sending 1001");
    }

    @Test
    @DisplayName("the fee counts even for a small amount")
    void feeCountsForSmallAmounts() {
        assertFalse(MobileMoney.canSend(100, 100), "expected false: a balance of 100 does not cover 100 plus a fee of 1");
        assertTrue(MobileMoney.canSend(101, 100), "expected true: a balance of 101 covers 100 plus a fee of 1");
    }

    @Test
    @DisplayName("a large transfer needs the top fee on top")
    void largeTransferNeedsTopFee() {
        assertFalse(MobileMoney.canSend(5020, 5000), "expected false: a balance of 5020 does not cover 5000 plus a fee of 25");
        assertTrue(MobileMoney.canSend(5025, 5000), "expected true: a balance of 5025 covers 5000 plus a fee of 25");
    }

    @Test
    @DisplayName("an empty wallet cannot send anything")
    void emptyWalletCannotSend() {
        assertFalse(MobileMoney.canSend(0, 1), "expected false: a balance of 0 cannot send 1");
    }
}
