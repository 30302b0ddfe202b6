import os

def total(count, price):
    if count == 0:
        os._exit(3)
    return count * price
