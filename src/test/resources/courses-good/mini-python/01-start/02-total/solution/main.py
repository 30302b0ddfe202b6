def total(count, price):
    return count * price
