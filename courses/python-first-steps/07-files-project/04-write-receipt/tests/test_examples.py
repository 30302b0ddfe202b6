import os
import tempfile
import unittest

from main import write_receipt


class WriteReceiptExamples(unittest.TestCase):
    def receipt_lines(self, items):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "receipt.txt")
            write_receipt(path, items)
            with open(path, encoding="utf-8") as file:
                return file.read().splitlines()

    def test_one_line_per_item_then_the_total(self):
        self.assertEqual(self.receipt_lines({"Rice": 90, "Beans": 120, "Sugar": 130}),
                         ["Rice: 90", "Beans: 120", "Sugar: 130", "TOTAL: 340"],
                         "expected the lines Rice: 90, Beans: 120, Sugar: 130, TOTAL: 340 for {\"Rice\": 90, \"Beans\": 120, \"Sugar\": 130}")

    def test_no_items_gives_a_zero_total(self):
        self.assertEqual(self.receipt_lines({}), ["TOTAL: 0"], "expected the single line TOTAL: 0 for {}")
