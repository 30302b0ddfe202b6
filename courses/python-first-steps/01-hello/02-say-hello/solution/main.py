print("Hello, world!")
print("I am learning Python.")
