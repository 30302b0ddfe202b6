def buy_airtime(balance, amount):
    # TODO: if the balance is enough, return "Airtime bought. New balance: <what is left>"
    # otherwise return "Not enough money. Top up <what is missing> more."
    return "Airtime bought."
