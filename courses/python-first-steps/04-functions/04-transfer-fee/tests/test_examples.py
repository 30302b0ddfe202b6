import unittest

from main import total_to_pay, transfer_fee


class TransferFeeExamples(unittest.TestCase):
    def test_fee_is_one_percent(self):
        self.assertEqual(transfer_fee(1000), 10, "expected a fee of 10 for sending 1000")

    def test_fee_is_rounded_down(self):
        self.assertEqual(transfer_fee(1250), 12, "expected a fee of 12 for sending 1250 (12.5 rounded down)")

    def test_small_transfer_pays_minimum_fee(self):
        self.assertEqual(transfer_fee(200), 5, "expected the minimum fee of 5 for sending 200")

    def test_total_adds_the_fee(self):
        self.assertEqual(total_to_pay(1000), 1010, "expected a total of 1010 for sending 1000")

    def test_total_of_small_transfer_adds_minimum_fee(self):
        self.assertEqual(total_to_pay(200), 205, "expected a total of 205 for sending 200")
