def weeks_to_goal(goal, weekly):
    saved = 0
    weeks = 0
    # TODO: while saved is less than goal, add a week's savings and count the week
    return weeks
