import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SavingsAccountRulesTest {

    @Test
    @DisplayName("a new account belongs to its owner and is empty")
    void newAccount() {
        SavingsAccount account = new SavingsAccount("Joy");
        assertEquals("Joy", account.getOwner(), "expected the owner given to the constructor");
        assertEquals(0, account.getBalance(), "expected a balance of 0 for a new account");
    }

    @Test
    @DisplayName("a deposit of 0 is refused and the message names the amount")
    void zeroDeposit() {
        SavingsAccount account = new SavingsAccount("Joy");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> account.deposit(0),
                "expected an IllegalArgumentException for deposit(0)");
        assertTrue(String.valueOf(e.getMessage()).contains("0"), "expected the message to contain the amount 0, but it was: " + e.getMessage());
        assertEquals(0, account.getBalance(), "expected the balance to stay 0 after a refused deposit");
    }

    @Test
    @DisplayName("a negative deposit leaves the balance unchanged and names the amount")
    void negativeDepositLeavesBalance() {
        SavingsAccount account = new SavingsAccount("Joy");
        account.deposit(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> account.deposit(-50),
                "expected an IllegalArgumentException for deposit(-50)");
        assertTrue(String.valueOf(e.getMessage()).contains("-50"), "expected the message to contain the amount -50, but it was: " + e.getMessage());
        assertEquals(100, account.getBalance(), "expected the balance to stay 100 after deposit(-50) was refused");
    }

    @Test
    @DisplayName("withdrawing 0 or less is refused, even from an empty account")
    void nonPositiveWithdrawal() {
        SavingsAccount account = new SavingsAccount("Joy");
        account.deposit(100);
        assertThrows(IllegalArgumentException.class, () -> account.withdraw(0),
                "expected an IllegalArgumentException for withdraw(0)");
        assertThrows(IllegalArgumentException.class, () -> account.withdraw(-10),
                "expected an IllegalArgumentException for withdraw(-10), not an InsufficientFundsException");
        assertEquals(100, account.getBalance(), "expected the balance to stay 100 after refused withdrawals");
        SavingsAccount empty = new SavingsAccount("Ama");
        assertThrows(IllegalArgumentException.class, () -> empty.withdraw(-10),
                "expected an IllegalArgumentException for withdraw(-10) from an empty account: check the amount first");
    }

    @Test
    @DisplayName("withdrawing the whole balance is allowed")
    void withdrawEverything() {
        SavingsAccount account = new SavingsAccount("Joy");
        account.deposit(250);
        account.withdraw(250);
        assertEquals(0, account.getBalance(), "expected 0 after withdrawing the whole balance of 250");
    }

    @Test
    @DisplayName("withdrawing one more than the balance has a shortfall of 1")
    void shortByOne() {
        SavingsAccount account = new SavingsAccount("Joy");
        account.deposit(250);
        InsufficientFundsException e = assertThrows(InsufficientFundsException.class, () -> account.withdraw(251),
                "expected an InsufficientFundsException when withdrawing 251 from 250");
        assertEquals(1, e.getShortfall(), "expected a shortfall of 1 when withdrawing 251 from 250");
    }

    @Test
    @DisplayName("the shortfall is in the exception's message")
    void shortfallInMessage() {
        InsufficientFundsException e = new InsufficientFundsException(200);
        assertEquals(200, e.getShortfall(), "expected getShortfall() to return 200 for new InsufficientFundsException(200)");
        assertTrue(String.valueOf(e.getMessage()).contains("200"), "expected the message to mention the shortfall 200, but it was: " + e.getMessage());
    }

    @Test
    @DisplayName("an InsufficientFundsException is a RuntimeException")
    void isRuntimeException() {
        assertTrue(RuntimeException.class.isAssignableFrom(InsufficientFundsException.class),
                "expected InsufficientFundsException to extend RuntimeException");
    }
}
