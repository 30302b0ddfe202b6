import unittest

from main import total_saved


class TotalSavedMore(unittest.TestCase):
    def test_one_week_is_just_the_first_amount(self):
        self.assertEqual(total_saved(1, 250, 100), 250, "expected 250 for 1 week starting at 250 and growing by 100")

    def test_two_weeks_add_the_increase_once(self):
        self.assertEqual(total_saved(2, 100, 20), 220, "expected 220 for 2 weeks starting at 100 and growing by 20")

    def test_a_full_year(self):
        self.assertEqual(total_saved(52, 10, 10), 13780,
                         "expected 13780 for 52 weeks starting at 10 and growing by 10 (10 + 20 + ... + 520)")
