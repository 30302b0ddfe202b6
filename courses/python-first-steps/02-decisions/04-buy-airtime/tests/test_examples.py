import unittest

from main import buy_airtime


class BuyAirtimeExamples(unittest.TestCase):
    def test_enough_money_shows_new_balance(self):
        self.assertEqual(buy_airtime(500, 100), "Airtime bought. New balance: 400",
                         "expected the new balance 400 for a balance of 500 and airtime of 100")

    def test_not_enough_money_says_how_much_to_top_up(self):
        self.assertEqual(buy_airtime(80, 100), "Not enough money. Top up 20 more.",
                         "expected a top-up of 20 for a balance of 80 and airtime of 100")
