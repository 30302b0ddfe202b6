def load_payments(path):
    """Return a dictionary of each member's total from the payments file at path."""
    totals = {}
    with open(path, encoding="utf-8") as file:
        lines = file.readlines()
    for line in lines[1:]:  # the first line is the header
        line = line.strip()
        if line == "":
            continue
        name, amount = line.split(",")
        name = name.strip()
        totals[name] = totals.get(name, 0) + int(amount.strip())
    return totals


def top_saver(totals):
    """Return the member with the biggest total (alphabetically first in a tie), or ""."""
    best_name = ""
    best_total = 0
    # Going through the names alphabetically and only replacing on a strictly bigger
    # total means that, in a tie, the first name alphabetically is kept.
    for name in sorted(totals):
        if best_name == "" or totals[name] > best_total:
            best_name = name
            best_total = totals[name]
    return best_name


def write_report(path, totals):
    """Write one line "name: total" per member, alphabetically, then "Group total: <sum>"."""
    group_total = 0
    with open(path, "w", encoding="utf-8") as file:
        for name in sorted(totals):
            file.write(f"{name}: {totals[name]}\n")
            group_total += totals[name]
        file.write(f"Group total: {group_total}\n")


if __name__ == "__main__":
    totals = load_payments("payments.csv")
    write_report("report.txt", totals)
    print(f"Top saver this month: {top_saver(totals)}")
    print("The report is in report.txt")
