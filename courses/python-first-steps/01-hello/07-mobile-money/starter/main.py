# Read the starting balance, the money received and the money sent (one per line)
start = int(input())
# TODO: read the money received and the money sent, then work out the new balance
print(f"New balance: {start}")
