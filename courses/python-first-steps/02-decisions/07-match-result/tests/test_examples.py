import unittest

from main import match_result


class MatchResultExamples(unittest.TestCase):
    def test_more_goals_is_a_win(self):
        self.assertEqual(match_result(3, 1), "win", "expected \"win\" for a 3-1 score")

    def test_same_goals_is_a_draw(self):
        self.assertEqual(match_result(2, 2), "draw", "expected \"draw\" for a 2-2 score")

    def test_fewer_goals_is_a_loss(self):
        self.assertEqual(match_result(0, 1), "loss", "expected \"loss\" for a 0-1 score")
