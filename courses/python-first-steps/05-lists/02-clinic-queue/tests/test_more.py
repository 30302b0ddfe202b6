import unittest

from main import next_patient, queue_position


class ClinicQueueMore(unittest.TestCase):
    def test_single_patient_is_next(self):
        self.assertEqual(next_patient(["Esi"]), "Esi", "expected \"Esi\" as the next patient of [\"Esi\"]")

    def test_next_patient_does_not_change_the_queue(self):
        queue = ["Amina", "Grace"]
        next_patient(queue)
        self.assertEqual(queue, ["Amina", "Grace"], "expected the queue to stay [\"Amina\", \"Grace\"] after next_patient")

    def test_nobody_has_a_position_in_an_empty_queue(self):
        self.assertEqual(queue_position([], "Amina"), 0, "expected position 0 for Amina in an empty queue")

    def test_second_person_is_in_position_two(self):
        self.assertEqual(queue_position(["Amina", "Grace", "Fatima", "Joy"], "Grace"), 2,
                         "expected position 2 for Grace in [\"Amina\", \"Grace\", \"Fatima\", \"Joy\"]")

    def test_names_must_match_exactly(self):
        self.assertEqual(queue_position(["Amina", "Grace"], "grace"), 0,
                         "expected position 0 for \"grace\" (lowercase) in [\"Amina\", \"Grace\"]")
