name = input()
print(f"Hello, {name}! Welcome to CodeRise.")
