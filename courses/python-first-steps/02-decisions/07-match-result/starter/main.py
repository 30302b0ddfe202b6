def match_result(our_goals, their_goals):
    # TODO: return "win", "draw" or "loss"
    if our_goals > their_goals:
        return "win"
    return "loss"
