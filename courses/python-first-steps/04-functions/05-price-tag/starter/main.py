# TODO: give currency a default value of "KES", then return "item: price currency"
def price_tag(item, price, currency):
    return f"{item}: {price}"
