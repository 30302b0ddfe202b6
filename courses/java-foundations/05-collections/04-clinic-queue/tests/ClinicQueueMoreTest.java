import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClinicQueueMoreTest {

    @Test
    @DisplayName("a new queue is empty")
    void newQueueIsEmpty() {
        assertEquals(0, new ClinicQueue().size(), "expected 0 patients in a new queue");
    }

    @Test
    @DisplayName("the front of the queue is position 1")
    void frontIsPositionOne() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Ama");
        assertEquals(1, queue.position("Ama"), "expected Ama at position 1 when she is the only patient");
    }

    @Test
    @DisplayName("a patient who is not waiting has position -1")
    void missingPatient() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Ama");
        assertEquals(-1, queue.position("Beth"), "expected -1 for Beth, who is not in the queue");
        queue.callNext();
        assertEquals(-1, queue.position("Ama"), "expected -1 for Ama after she was called");
    }

    @Test
    @DisplayName("calling every patient empties the queue in order")
    void callEveryone() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Ama");
        queue.add("Beth");
        queue.add("Chipo");
        assertEquals("Ama", queue.callNext(), "expected Ama first from [Ama, Beth, Chipo]");
        assertEquals("Beth", queue.callNext(), "expected Beth second from [Ama, Beth, Chipo]");
        assertEquals("Chipo", queue.callNext(), "expected Chipo third from [Ama, Beth, Chipo]");
        assertEquals(0, queue.size(), "expected an empty queue after calling all 3 patients");
    }

    @Test
    @DisplayName("patients who arrive later join the end")
    void lateArrivalsJoinTheEnd() {
        ClinicQueue queue = new ClinicQueue();
        queue.add("Ama");
        queue.add("Beth");
        queue.callNext();
        queue.add("Chipo");
        assertEquals(1, queue.position("Beth"), "expected Beth at the front after Ama was called");
        assertEquals(2, queue.position("Chipo"), "expected Chipo behind Beth: she arrived later");
    }
}
