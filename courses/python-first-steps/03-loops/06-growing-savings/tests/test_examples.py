import unittest

from main import total_saved


class TotalSavedExamples(unittest.TestCase):
    def test_four_growing_weeks(self):
        self.assertEqual(total_saved(4, 100, 50), 700,
                         "expected 700 for 4 weeks starting at 100 and growing by 50 (100 + 150 + 200 + 250)")

    def test_same_amount_every_week(self):
        self.assertEqual(total_saved(3, 200, 0), 600, "expected 600 for 3 weeks of 200 with no increase")

    def test_no_weeks_means_nothing_saved(self):
        self.assertEqual(total_saved(0, 100, 50), 0, "expected 0 for 0 weeks starting at 100")
