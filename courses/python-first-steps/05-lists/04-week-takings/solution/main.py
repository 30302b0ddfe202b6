def total_takings(takings):
    total = 0
    for amount in takings:
        total += amount
    return total


def average_takings(takings):
    if len(takings) == 0:
        return 0
    return round(total_takings(takings) / len(takings), 2)
