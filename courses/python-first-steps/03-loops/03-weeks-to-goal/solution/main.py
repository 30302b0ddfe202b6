def weeks_to_goal(goal, weekly):
    saved = 0
    weeks = 0
    while saved < goal:
        saved += weekly
        weeks += 1
    return weeks
