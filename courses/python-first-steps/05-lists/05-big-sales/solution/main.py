def sales_at_least(sales, minimum):
    big = []
    for sale in sales:
        if sale >= minimum:
            big.append(sale)
    return big
