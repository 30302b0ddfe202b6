start = int(input())
received = int(input())
sent = int(input())
balance = start + received - sent
print(f"New balance: {balance}")
