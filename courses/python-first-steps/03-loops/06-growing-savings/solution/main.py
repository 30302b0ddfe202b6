def total_saved(weeks, first, increase):
    total = 0
    amount = first
    for week in range(weeks):
        total += amount
        amount += increase
    return total
