def can_pay(balance, price):
    # TODO: return True if balance is enough to pay price, otherwise False
    return False
