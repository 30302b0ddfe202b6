def times_table(n):
    # TODO: use a for loop to print all ten lines, from 1 x n to 10 x n
    print(f"1 x {n} = {n}")
