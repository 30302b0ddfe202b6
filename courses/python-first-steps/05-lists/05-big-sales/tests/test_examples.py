import unittest

from main import sales_at_least


class BigSalesExamples(unittest.TestCase):
    def test_keeps_sales_at_or_above_minimum_in_order(self):
        self.assertEqual(sales_at_least([300, 1500, 800, 2500, 1000], 1000), [1500, 2500, 1000],
                         "expected [1500, 2500, 1000] for sales [300, 1500, 800, 2500, 1000] and minimum 1000")

    def test_no_big_sale_gives_empty_list(self):
        self.assertEqual(sales_at_least([300, 800], 1000), [],
                         "expected [] for sales [300, 800] and minimum 1000")

    def test_no_sales_gives_empty_list(self):
        self.assertEqual(sales_at_least([], 500), [], "expected [] for sales [] and minimum 500")
