import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WalletExamplesTest {

    @Test
    @DisplayName("a new wallet belongs to its owner and is empty")
    void newWalletIsEmpty() {
        Wallet wallet = new Wallet("Fatou");
        assertEquals("Fatou", wallet.getOwner(), "expected the owner given to the constructor");
        assertEquals(0, wallet.getBalance(), "expected a balance of 0 for a new wallet");
    }

    @Test
    @DisplayName("a deposit then a withdrawal leave the difference")
    void depositThenWithdraw() {
        Wallet wallet = new Wallet("Fatou");
        wallet.deposit(500);
        assertTrue(wallet.withdraw(200), "expected withdraw(200) to return true with 500 in the wallet");
        assertEquals(300, wallet.getBalance(), "expected 300 after depositing 500 and withdrawing 200");
    }

    @Test
    @DisplayName("withdrawing more than the balance is refused")
    void withdrawingTooMuchIsRefused() {
        Wallet wallet = new Wallet("Fatou");
        wallet.deposit(300);
        assertFalse(wallet.withdraw(1000), "expected withdraw(1000) to return false with 300 in the wallet");
        assertEquals(300, wallet.getBalance(), "expected the balance to stay 300 after a refused withdrawal");
    }
}
