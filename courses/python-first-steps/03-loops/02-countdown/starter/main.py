def countdown(start):
    number = start
    # TODO: while number is greater than 0, print it and take one away
    print("Go!")
