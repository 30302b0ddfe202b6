def basket_total(quantity, unit_price):
    return quantity * unit_price
