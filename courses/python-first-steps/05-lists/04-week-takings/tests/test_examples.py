import unittest

from main import average_takings, total_takings


class WeekTakingsExamples(unittest.TestCase):
    def test_total_of_four_days(self):
        self.assertEqual(total_takings([1200, 950, 1430, 800]), 4380,
                         "expected a total of 4380 for takings [1200, 950, 1430, 800]")

    def test_total_of_no_days_is_zero(self):
        self.assertEqual(total_takings([]), 0, "expected a total of 0 for takings []")

    def test_average_of_four_days(self):
        self.assertAlmostEqual(average_takings([1200, 950, 1430, 800]), 1095.0, 2,
                               "expected an average of 1095.0 for takings [1200, 950, 1430, 800]")

    def test_average_is_rounded_to_two_decimals(self):
        self.assertEqual(average_takings([100, 200, 200]), 166.67,
                         "expected an average of 166.67 for takings [100, 200, 200]")

    def test_average_of_no_days_is_zero(self):
        self.assertEqual(average_takings([]), 0, "expected an average of 0 for takings []")
