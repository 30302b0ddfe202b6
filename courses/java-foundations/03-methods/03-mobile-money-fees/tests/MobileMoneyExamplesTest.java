import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MobileMoneyExamplesTest {

    @Test
    @DisplayName("each band has its own fee")
    void eachBandHasItsOwnFee() {
        assertEquals(1, MobileMoney.fee(50), "expected a fee of 1 for sending 50");
        assertEquals(10, MobileMoney.fee(500), "expected a fee of 10 for sending 500");
        assertEquals(25, MobileMoney.fee(2000), "expected a fee of 25 for sending 2000");
    }

    @Test
    @DisplayName("a balance of exactly the amount plus the fee is enough")
    void exactlyEnoughCanSend() {
        assertTrue(MobileMoney.canSend(510, 500), "expected true: a balance of 510 covers 500 plus a fee of 10");
    }

    @Test
    @DisplayName("a balance below the amount plus the fee is not enough")
    void fiveShortCannotSend() {
        assertFalse(MobileMoney.canSend(505, 500), "expected false: a balance of 505 does not cover 500 plus a fee of 10");
    }
}
