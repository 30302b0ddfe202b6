def bus_fare(age):
    if age < 5:
        return 0
    elif age < 18:
        return 30
    elif age < 65:
        return 80
    else:
        return 40
