import unittest

from main import buy_airtime


class BuyAirtimeMore(unittest.TestCase):
    def test_exactly_enough_leaves_zero(self):
        self.assertEqual(buy_airtime(100, 100), "Airtime bought. New balance: 0",
                         "expected a new balance of 0 for a balance of 100 and airtime of 100")

    def test_empty_wallet_needs_the_whole_amount(self):
        self.assertEqual(buy_airtime(0, 50), "Not enough money. Top up 50 more.",
                         "expected a top-up of 50 for a balance of 0 and airtime of 50")

    def test_one_short_needs_one_more(self):
        self.assertEqual(buy_airtime(249, 250), "Not enough money. Top up 1 more.",
                         "expected a top-up of 1 for a balance of 249 and airtime of 250")

    def test_big_balance_small_purchase(self):
        self.assertEqual(buy_airtime(3000, 20), "Airtime bought. New balance: 2980",
                         "expected the new balance 2980 for a balance of 3000 and airtime of 20")
