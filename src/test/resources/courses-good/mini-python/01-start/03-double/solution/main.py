text = input()
value = float(text) if "." in text else int(text)
print(value * 2)
