import unittest

from main import match_result


class MatchResultMore(unittest.TestCase):
    def test_goalless_game_is_a_draw(self):
        self.assertEqual(match_result(0, 0), "draw", "expected \"draw\" for a 0-0 score")

    def test_seven_nil_is_a_win(self):
        self.assertEqual(match_result(7, 0), "win", "expected \"win\" for a 7-0 score")

    def test_four_five_is_a_loss(self):
        self.assertEqual(match_result(4, 5), "loss", "expected \"loss\" for a 4-5 score")

    def test_high_scoring_draw(self):
        self.assertEqual(match_result(4, 4), "draw", "expected \"draw\" for a 4-4 score")
