import unittest

from main import basket_total


class BasketTotalExamples(unittest.TestCase):
    def test_three_mangoes_at_four_cost_twelve(self):
        self.assertEqual(basket_total(3, 4), 12, "expected 12 for a basket of 3 mangoes at 4 each")

    def test_ten_mangoes_at_twenty_five_cost_two_hundred_fifty(self):
        self.assertEqual(basket_total(10, 25), 250, "expected 250 for a basket of 10 mangoes at 25 each")

    def test_empty_basket_costs_nothing(self):
        self.assertEqual(basket_total(0, 25), 0, "expected 0 for a basket of 0 mangoes at 25 each")
