def total_takings(takings):
    total = 0
    # TODO: add every amount in takings to total
    return total


def average_takings(takings):
    # TODO: total divided by the number of days, rounded to 2 decimals; 0 for an empty list
    return 0
