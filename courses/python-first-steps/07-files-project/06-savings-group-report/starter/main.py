def load_payments(path):
    """Return a dictionary of each member's total from the payments file at path."""
    totals = {}
    with open(path, encoding="utf-8") as file:
        lines = file.readlines()
    # TODO: skip the header (lines[0]) and empty lines; split each line at the comma;
    # strip the name and the amount; add the amount to that member's total
    return totals


def top_saver(totals):
    """Return the member with the biggest total (alphabetically first in a tie), or ""."""
    # TODO
    return ""


def write_report(path, totals):
    """Write one line "name: total" per member, alphabetically, then "Group total: <sum>"."""
    with open(path, "w", encoding="utf-8") as file:
        # TODO
        pass


if __name__ == "__main__":
    totals = load_payments("payments.csv")
    write_report("report.txt", totals)
    print(f"Top saver this month: {top_saver(totals)}")
    print("The report is in report.txt")
