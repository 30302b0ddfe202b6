def league_points(results):
    table = {}
    for match in results:
        home = match["home"]
        away = match["away"]
        # TODO: compare the goals and give 3 points for a win, 1 each for a draw, 0 for a loss
        table[home] = table.get(home, 0) + 3
    return table
