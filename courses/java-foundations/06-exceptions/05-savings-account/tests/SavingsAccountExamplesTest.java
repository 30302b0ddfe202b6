import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SavingsAccountExamplesTest {

    @Test
    @DisplayName("deposits and withdrawals change the balance")
    void depositAndWithdraw() {
        SavingsAccount account = new SavingsAccount("Esi");
        account.deposit(500);
        account.withdraw(200);
        assertEquals(300, account.getBalance(), "expected 300 after depositing 500 and withdrawing 200");
    }

    @Test
    @DisplayName("withdrawing too much throws with the shortfall and leaves the balance")
    void withdrawingTooMuch() {
        SavingsAccount account = new SavingsAccount("Esi");
        account.deposit(300);
        InsufficientFundsException e = assertThrows(InsufficientFundsException.class, () -> account.withdraw(500),
                "expected an InsufficientFundsException when withdrawing 500 from 300");
        assertEquals(200, e.getShortfall(), "expected a shortfall of 200 when withdrawing 500 from 300");
        assertEquals(300, account.getBalance(), "expected the balance to stay 300 after a refused withdrawal");
    }

    @Test
    @DisplayName("a negative deposit is refused")
    void negativeDeposit() {
        SavingsAccount account = new SavingsAccount("Esi");
        assertThrows(IllegalArgumentException.class, () -> account.deposit(-50),
                "expected an IllegalArgumentException for deposit(-50)");
    }
}
