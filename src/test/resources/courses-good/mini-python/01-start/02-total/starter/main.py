def total(count, price):
    return 0
