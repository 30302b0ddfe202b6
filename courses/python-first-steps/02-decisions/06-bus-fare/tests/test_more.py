import unittest

from main import bus_fare


class BusFareEdges(unittest.TestCase):
    def test_four_year_old_still_free(self):
        self.assertEqual(bus_fare(4), 0, "expected a fare of 0 for a passenger aged 4")

    def test_five_year_old_pays_child_fare(self):
        self.assertEqual(bus_fare(5), 30, "expected a fare of 30 for a passenger aged 5")

    def test_seventeen_year_old_pays_child_fare(self):
        self.assertEqual(bus_fare(17), 30, "expected a fare of 30 for a passenger aged 17")

    def test_eighteen_year_old_pays_adult_fare(self):
        self.assertEqual(bus_fare(18), 80, "expected a fare of 80 for a passenger aged 18")

    def test_sixty_four_year_old_pays_adult_fare(self):
        self.assertEqual(bus_fare(64), 80, "expected a fare of 80 for a passenger aged 64")

    def test_sixty_five_year_old_pays_senior_fare(self):
        self.assertEqual(bus_fare(65), 40, "expected a fare of 40 for a passenger aged 65")

    def test_newborn_rides_free(self):
        self.assertEqual(bus_fare(0), 0, "expected a fare of 0 for a passenger aged 0")
