import unittest

from main import can_pay


class CanPayMore(unittest.TestCase):
    def test_one_short_cannot_pay(self):
        self.assertIs(can_pay(199, 200), False, "expected False for a balance of 199 and a price of 200 (1 short)")

    def test_empty_wallet_cannot_pay(self):
        self.assertIs(can_pay(0, 50), False, "expected False for a balance of 0 and a price of 50")

    def test_free_item_can_always_be_paid(self):
        self.assertIs(can_pay(0, 0), True, "expected True for a balance of 0 and a price of 0")

    def test_large_balance_can_pay(self):
        self.assertIs(can_pay(25000, 1200), True, "expected True for a balance of 25000 and a price of 1200")
