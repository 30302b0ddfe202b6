def match_result(our_goals, their_goals):
    if our_goals > their_goals:
        return "win"
    elif our_goals == their_goals:
        return "draw"
    else:
        return "loss"
