import unittest

from main import league_points


def match(home, home_goals, away_goals, away):
    return {"home": home, "away": away, "home_goals": home_goals, "away_goals": away_goals}


class LeaguePointsExamples(unittest.TestCase):
    def test_the_example_season(self):
        results = [match("Lions", 2, 1, "Eagles"), match("Stars", 0, 0, "Lions"), match("Eagles", 3, 1, "Stars")]
        self.assertEqual(league_points(results), {"Lions": 4, "Eagles": 3, "Stars": 1},
                         "expected Lions 4, Eagles 3, Stars 1 for Lions 2-1 Eagles, Stars 0-0 Lions, Eagles 3-1 Stars")

    def test_home_win_gives_three_points_and_loser_zero(self):
        self.assertEqual(league_points([match("Lions", 2, 1, "Eagles")]), {"Lions": 3, "Eagles": 0},
                         "expected Lions 3, Eagles 0 for Lions 2-1 Eagles")

    def test_no_matches_gives_empty_table(self):
        self.assertEqual(league_points([]), {}, "expected {} for an empty list of results")
