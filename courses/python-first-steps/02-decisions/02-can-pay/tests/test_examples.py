import unittest

from main import can_pay


class CanPayExamples(unittest.TestCase):
    def test_balance_bigger_than_price_can_pay(self):
        self.assertIs(can_pay(500, 200), True, "expected True for a balance of 500 and a price of 200")

    def test_balance_smaller_than_price_cannot_pay(self):
        self.assertIs(can_pay(150, 200), False, "expected False for a balance of 150 and a price of 200")

    def test_exactly_enough_can_pay(self):
        self.assertIs(can_pay(200, 200), True, "expected True for a balance of 200 and a price of 200 (exactly enough)")
