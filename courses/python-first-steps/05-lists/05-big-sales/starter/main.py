def sales_at_least(sales, minimum):
    big = []
    # TODO: append each sale that is at least minimum to big
    return sales
