import unittest

from main import average_takings, total_takings


class WeekTakingsMore(unittest.TestCase):
    def test_total_of_one_day(self):
        self.assertEqual(total_takings([730]), 730, "expected a total of 730 for takings [730]")

    def test_total_of_a_full_week_with_a_closed_day(self):
        self.assertEqual(total_takings([500, 0, 650, 700, 820, 1500, 1100]), 5270,
                         "expected a total of 5270 for takings [500, 0, 650, 700, 820, 1500, 1100]")

    def test_average_of_one_day_is_that_day(self):
        self.assertEqual(average_takings([730]), 730, "expected an average of 730 for takings [730]")

    def test_average_rounds_down_when_needed(self):
        self.assertEqual(average_takings([10, 10, 11]), 10.33, "expected an average of 10.33 for takings [10, 10, 11]")

    def test_average_with_decimal_amounts(self):
        self.assertEqual(average_takings([12.5, 7.5, 5.25]), 8.42,
                         "expected an average of 8.42 for takings [12.5, 7.5, 5.25]")

    def test_total_does_not_change_the_list(self):
        takings = [3, 4]
        total_takings(takings)
        self.assertEqual(takings, [3, 4], "expected the list to stay [3, 4] after total_takings")
