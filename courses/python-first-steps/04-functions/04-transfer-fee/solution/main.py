def transfer_fee(amount):
    fee = amount // 100
    if fee < 5:
        return 5
    return fee


def total_to_pay(amount):
    return amount + transfer_fee(amount)
