import unittest

from main import weeks_to_goal


class WeeksToGoalExamples(unittest.TestCase):
    def test_goal_passed_during_fourth_week(self):
        self.assertEqual(weeks_to_goal(1000, 300), 4, "expected 4 weeks for a goal of 1000 saving 300 a week")

    def test_goal_reached_exactly(self):
        self.assertEqual(weeks_to_goal(900, 300), 3, "expected 3 weeks for a goal of 900 saving 300 a week")

    def test_no_goal_needs_no_weeks(self):
        self.assertEqual(weeks_to_goal(0, 300), 0, "expected 0 weeks for a goal of 0 saving 300 a week")
