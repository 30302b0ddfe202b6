def price_tag(item, price, currency="KES"):
    return f"{item}: {price} {currency}"
