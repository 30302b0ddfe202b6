sold = input()
price = input()
# TODO: turn both answers into numbers with int(), multiply them, and print the result
print("Takings: 0")
