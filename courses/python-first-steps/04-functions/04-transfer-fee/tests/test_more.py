import unittest

from main import total_to_pay, transfer_fee


class TransferFeeMore(unittest.TestCase):
    def test_fee_at_exactly_the_minimum(self):
        self.assertEqual(transfer_fee(500), 5, "expected a fee of 5 for sending 500")

    def test_fee_just_below_the_minimum_threshold(self):
        self.assertEqual(transfer_fee(499), 5, "expected the minimum fee of 5 for sending 499")

    def test_fee_just_above_the_minimum(self):
        self.assertEqual(transfer_fee(699), 6, "expected a fee of 6 for sending 699")

    def test_fee_on_a_large_transfer(self):
        self.assertEqual(transfer_fee(45000), 450, "expected a fee of 450 for sending 45000")

    def test_total_of_rounded_fee(self):
        self.assertEqual(total_to_pay(1299), 1311, "expected a total of 1311 for sending 1299 (fee 12)")

    def test_total_of_tiny_transfer(self):
        self.assertEqual(total_to_pay(1), 6, "expected a total of 6 for sending 1 (minimum fee 5)")
