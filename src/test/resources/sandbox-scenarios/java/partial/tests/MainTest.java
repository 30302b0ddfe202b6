import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void threeMangoesCostTwelve() {
        assertEquals(12, Main.total(3, 4), "expected 12 for a basket of 3 mangoes at 4 each");
    }

    @Test
    void noMangoesCostNothing() {
        assertEquals(0, Main.total(0, 4), "expected 0 for an empty basket");
    }
}
