import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClinicQueueExamplesTest {

    @Test
    @DisplayName("patients are called in the order they arrived")
    void firstComeFirstCalled() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Halima");
        queue.add("Joy");
        queue.add("Esi");
        assertEquals(3, queue.size(), "expected 3 patients waiting after adding Halima, Joy and Esi");
        assertEquals("Halima", queue.callNext(), "expected Halima to be called first: she arrived first");
        assertEquals(2, queue.size(), "expected 2 patients waiting after calling one of 3");
    }

    @Test
    @DisplayName("positions count from 1 and move up when someone is called")
    void positionsMoveUp() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Halima");
        queue.add("Joy");
        queue.add("Esi");
        assertEquals(3, queue.position("Esi"), "expected Esi at position 3 in [Halima, Joy, Esi]");
        queue.callNext();
        assertEquals(2, queue.position("Esi"), "expected Esi at position 2 after Halima was called");
    }
}
