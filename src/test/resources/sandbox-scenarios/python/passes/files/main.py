def total(count, price):
    return count * price


if __name__ == "__main__":
    print(total(int(input()), int(input())))
