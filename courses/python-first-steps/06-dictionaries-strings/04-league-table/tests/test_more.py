import unittest

from main import league_points


def match(home, home_goals, away_goals, away):
    return {"home": home, "away": away, "home_goals": home_goals, "away_goals": away_goals}


class LeaguePointsMore(unittest.TestCase):
    def test_away_win_gives_away_team_three_points(self):
        self.assertEqual(league_points([match("Lions", 0, 2, "Eagles")]), {"Lions": 0, "Eagles": 3},
                         "expected Lions 0, Eagles 3 for Lions 0-2 Eagles")

    def test_draw_gives_one_point_each(self):
        self.assertEqual(league_points([match("Queens", 1, 1, "Rockets")]), {"Queens": 1, "Rockets": 1},
                         "expected Queens 1, Rockets 1 for Queens 1-1 Rockets")

    def test_team_that_lost_everything_still_appears(self):
        results = [match("Lions", 1, 0, "Comets"), match("Comets", 0, 4, "Stars")]
        self.assertEqual(league_points(results).get("Comets"), 0,
                         "expected Comets in the table with 0 points after Lions 1-0 Comets, Comets 0-4 Stars")

    def test_points_add_up_over_a_season(self):
        results = [
            match("Lions", 2, 0, "Eagles"), match("Eagles", 1, 1, "Stars"), match("Stars", 0, 1, "Lions"),
            match("Eagles", 2, 2, "Lions"), match("Stars", 3, 0, "Eagles"), match("Lions", 4, 1, "Stars"),
        ]
        self.assertEqual(league_points(results), {"Lions": 10, "Eagles": 2, "Stars": 4},
                         "expected Lions 10, Eagles 2, Stars 4 after a six-match season")
