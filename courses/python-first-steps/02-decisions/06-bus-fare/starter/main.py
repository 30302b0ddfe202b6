def bus_fare(age):
    # TODO: return 0 under 5, 30 from 5 to 17, 80 from 18 to 64, and 40 from 65
    if age < 5:
        return 0
    return 80
