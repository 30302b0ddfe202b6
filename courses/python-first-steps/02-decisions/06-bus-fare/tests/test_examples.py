import unittest

from main import bus_fare


class BusFareExamples(unittest.TestCase):
    def test_toddler_rides_free(self):
        self.assertEqual(bus_fare(3), 0, "expected a fare of 0 for a passenger aged 3")

    def test_school_child_pays_30(self):
        self.assertEqual(bus_fare(12), 30, "expected a fare of 30 for a passenger aged 12")

    def test_adult_pays_80(self):
        self.assertEqual(bus_fare(35), 80, "expected a fare of 80 for a passenger aged 35")

    def test_older_passenger_pays_40(self):
        self.assertEqual(bus_fare(70), 40, "expected a fare of 40 for a passenger aged 70")
