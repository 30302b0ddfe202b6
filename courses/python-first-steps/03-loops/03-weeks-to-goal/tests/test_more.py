import unittest

from main import weeks_to_goal


class WeeksToGoalMore(unittest.TestCase):
    def test_one_week_when_weekly_saving_covers_goal(self):
        self.assertEqual(weeks_to_goal(50, 100), 1, "expected 1 week for a goal of 50 saving 100 a week")

    def test_small_weekly_savings_take_many_weeks(self):
        self.assertEqual(weeks_to_goal(12000, 250), 48, "expected 48 weeks for a goal of 12000 saving 250 a week")

    def test_one_short_needs_an_extra_week(self):
        self.assertEqual(weeks_to_goal(901, 300), 4, "expected 4 weeks for a goal of 901 saving 300 a week")
