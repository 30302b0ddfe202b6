def countdown(start):
    number = start
    while number > 0:
        print(number)
        number = number - 1
    print("Go!")
