sold = int(input())
price = int(input())
takings = sold * price
print(f"Takings: {takings}")
