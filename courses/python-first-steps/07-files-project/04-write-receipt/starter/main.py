def write_receipt(path, items):
    with open(path, "w", encoding="utf-8") as file:
        # TODO: write one line "name: price" per item, then "TOTAL: <sum of the prices>"
        file.write("TOTAL: 0\n")
