import os
import tempfile
import unittest

from main import write_receipt


class WriteReceiptMore(unittest.TestCase):
    def receipt_text(self, items, old_content=None):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "receipt.txt")
            if old_content is not None:
                with open(path, "w", encoding="utf-8") as file:
                    file.write(old_content)
            write_receipt(path, items)
            with open(path, encoding="utf-8") as file:
                return file.read()

    def test_receipt_with_a_single_item(self):
        self.assertEqual(self.receipt_text({"Milk": 60}).splitlines(), ["Milk: 60", "TOTAL: 60"],
                         "expected the lines Milk: 60, TOTAL: 60 for {\"Milk\": 60}")

    def test_items_keep_the_order_they_were_bought_in(self):
        self.assertEqual(self.receipt_text({"Soap": 45, "Airtime": 100, "Bread": 55}).splitlines(),
                         ["Soap: 45", "Airtime: 100", "Bread: 55", "TOTAL: 200"],
                         "expected Soap, Airtime, Bread in that order, then TOTAL: 200")

    def test_every_line_ends_with_a_newline(self):
        self.assertTrue(self.receipt_text({"Rice": 90}).endswith("\n"),
                        "expected the receipt to end with a newline after TOTAL: 90")

    def test_old_receipt_is_replaced(self):
        self.assertEqual(self.receipt_text({"Eggs": 150}, old_content="Old line\n").splitlines(),
                         ["Eggs: 150", "TOTAL: 150"],
                         "expected only Eggs: 150 and TOTAL: 150 when the file already had an old receipt")
