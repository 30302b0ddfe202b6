def write_receipt(path, items):
    total = 0
    with open(path, "w", encoding="utf-8") as file:
        for name, price in items.items():
            file.write(f"{name}: {price}\n")
            total += price
        file.write(f"TOTAL: {total}\n")
