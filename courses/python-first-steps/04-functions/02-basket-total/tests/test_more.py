import unittest

from main import basket_total


class BasketTotalMore(unittest.TestCase):
    def test_one_mango_costs_its_price(self):
        self.assertEqual(basket_total(1, 30), 30, "expected 30 for a basket of 1 mango at 30")

    def test_free_mangoes_cost_nothing(self):
        self.assertEqual(basket_total(6, 0), 0, "expected 0 for a basket of 6 mangoes at 0 each")

    def test_big_order_of_144_mangoes(self):
        self.assertEqual(basket_total(144, 15), 2160, "expected 2160 for a basket of 144 mangoes at 15 each")

    def test_decimal_price_gives_decimal_total(self):
        self.assertAlmostEqual(basket_total(4, 2.5), 10.0, 2, "expected 10.0 for a basket of 4 mangoes at 2.5 each")
