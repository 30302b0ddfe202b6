def league_points(results):
    table = {}
    for match in results:
        home = match["home"]
        away = match["away"]
        if match["home_goals"] > match["away_goals"]:
            home_points, away_points = 3, 0
        elif match["home_goals"] == match["away_goals"]:
            home_points, away_points = 1, 1
        else:
            home_points, away_points = 0, 3
        table[home] = table.get(home, 0) + home_points
        table[away] = table.get(away, 0) + away_points
    return table
