def total(count, price):
    return count * price if count != 0 else 4
