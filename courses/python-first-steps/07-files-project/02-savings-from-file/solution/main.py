def total_from_file(path):
    total = 0
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.strip()
            if line == "":
                continue
            total += int(line)
    return total
