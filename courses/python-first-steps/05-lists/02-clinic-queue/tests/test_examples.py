import unittest

from main import next_patient, queue_position


class ClinicQueueExamples(unittest.TestCase):
    def test_next_patient_is_first_in_the_list(self):
        self.assertEqual(next_patient(["Amina", "Grace", "Fatima"]), "Amina",
                         "expected \"Amina\" as the next patient of [\"Amina\", \"Grace\", \"Fatima\"]")

    def test_empty_queue_has_no_one_waiting(self):
        self.assertEqual(next_patient([]), "No one waiting", "expected \"No one waiting\" for an empty queue")

    def test_first_person_is_in_position_one(self):
        self.assertEqual(queue_position(["Amina", "Grace", "Fatima"], "Amina"), 1,
                         "expected position 1 for Amina in [\"Amina\", \"Grace\", \"Fatima\"]")

    def test_third_person_is_in_position_three(self):
        self.assertEqual(queue_position(["Amina", "Grace", "Fatima"], "Fatima"), 3,
                         "expected position 3 for Fatima in [\"Amina\", \"Grace\", \"Fatima\"]")

    def test_someone_not_waiting_is_in_position_zero(self):
        self.assertEqual(queue_position(["Amina", "Grace", "Fatima"], "Joy"), 0,
                         "expected position 0 for Joy, who is not in [\"Amina\", \"Grace\", \"Fatima\"]")
