def can_pay(balance, price):
    return balance >= price
