import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WalletRulesTest {

    @Test
    @DisplayName("deposits add up")
    void depositsAddUp() {
        Wallet wallet = new Wallet("Amina");
        wallet.deposit(100);
        wallet.deposit(250);
        assertEquals(350, wallet.getBalance(), "expected 350 after depositing 100 and 250");
    }

    @Test
    @DisplayName("deposits of 0 or less are ignored")
    void nonPositiveDepositsAreIgnored() {
        Wallet wallet = new Wallet("Amina");
        wallet.deposit(100);
        wallet.deposit(0);
        wallet.deposit(-50);
        assertEquals(100, wallet.getBalance(), "expected 100: deposits of 0 and -50 must not change the balance");
    }

    @Test
    @DisplayName("withdrawing the whole balance is allowed")
    void withdrawEverything() {
        Wallet wallet = new Wallet("Amina");
        wallet.deposit(400);
        assertTrue(wallet.withdraw(400), "expected withdraw(400) to return true with exactly 400 in the wallet");
        assertEquals(0, wallet.getBalance(), "expected 0 after withdrawing the whole balance");
    }

    @Test
    @DisplayName("withdrawing 0 or a negative amount is refused")
    void nonPositiveWithdrawalsAreRefused() {
        Wallet wallet = new Wallet("Amina");
        wallet.deposit(400);
        assertFalse(wallet.withdraw(0), "expected withdraw(0) to return false");
        assertFalse(wallet.withdraw(-100), "expected withdraw(-100) to return false: it would add money");
        assertEquals(400, wallet.getBalance(), "expected the balance to stay 400 after refused withdrawals");
    }

    @Test
    @DisplayName("two wallets keep their own balances")
    void walletsAreIndependent() {
        Wallet fatou = new Wallet("Fatou");
        Wallet esi = new Wallet("Esi");
        fatou.deposit(500);
        esi.deposit(20);
        assertEquals(500, fatou.getBalance(), "expected Fatou's wallet to hold 500");
        assertEquals(20, esi.getBalance(), "expected Esi's wallet to hold 20: did you make the balance static?");
    }

    @Test
    @DisplayName("every field is private")
    void fieldsArePrivate() {
        for (Field field : Wallet.class.getDeclaredFields()) {
            assertTrue(Modifier.isPrivate(field.getModifiers()), "expected the field '" + field.getName() + "' to be private");
        }
    }
}
