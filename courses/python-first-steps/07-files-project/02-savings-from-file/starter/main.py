def total_from_file(path):
    total = 0
    with open(path, encoding="utf-8") as file:
        for line in file:
            # TODO: skip empty lines, and add each amount to total
            pass
    return total
