def total_saved(weeks, first, increase):
    total = 0
    # TODO: add up the amount saved in each week; it grows by increase every week
    return first
