name = input()
# TODO: greet the person by name, e.g. "Hello, Amina! Welcome to CodeRise."
print("Hello!")
