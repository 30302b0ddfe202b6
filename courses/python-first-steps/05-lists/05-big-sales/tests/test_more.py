import unittest

from main import sales_at_least


class BigSalesMore(unittest.TestCase):
    def test_every_sale_is_big_enough(self):
        self.assertEqual(sales_at_least([700, 900, 650], 600), [700, 900, 650],
                         "expected [700, 900, 650] for sales [700, 900, 650] and minimum 600")

    def test_repeated_amounts_are_all_kept(self):
        self.assertEqual(sales_at_least([500, 200, 500, 500], 500), [500, 500, 500],
                         "expected [500, 500, 500] for sales [500, 200, 500, 500] and minimum 500")

    def test_original_list_is_not_changed(self):
        sales = [300, 1500, 800]
        sales_at_least(sales, 1000)
        self.assertEqual(sales, [300, 1500, 800], "expected the sales list to stay [300, 1500, 800]")

    def test_result_is_a_new_list(self):
        sales = [1500, 2500]
        self.assertIsNot(sales_at_least(sales, 1000), sales,
                         "expected a new list, not the same list object that was passed in")
