basket = []
print(basket[3])
