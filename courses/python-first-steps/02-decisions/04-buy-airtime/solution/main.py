def buy_airtime(balance, amount):
    if balance >= amount:
        return f"Airtime bought. New balance: {balance - amount}"
    else:
        return f"Not enough money. Top up {amount - balance} more."
