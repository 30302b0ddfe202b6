def transfer_fee(amount):
    # TODO: 1% of the amount, rounded down (amount // 100), but never less than 5
    return amount // 100


def total_to_pay(amount):
    # TODO: the amount plus its fee; call transfer_fee(amount)
    return amount
