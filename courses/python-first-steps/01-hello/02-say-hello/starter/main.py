# Show two lines: "Hello, world!" and "I am learning Python."
print("Hello, world!")
# TODO: add a second print here
