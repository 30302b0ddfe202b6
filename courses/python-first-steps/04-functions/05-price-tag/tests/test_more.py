import unittest

from main import price_tag


class PriceTagMore(unittest.TestCase):
    def test_item_name_with_a_space(self):
        self.assertEqual(price_tag("Kitenge fabric", 1500, "TZS"), "Kitenge fabric: 1500 TZS",
                         "expected \"Kitenge fabric: 1500 TZS\" for price_tag(\"Kitenge fabric\", 1500, \"TZS\")")

    def test_default_currency_with_decimal_price(self):
        self.assertEqual(price_tag("Sugar", 2.5), "Sugar: 2.5 KES",
                         "expected \"Sugar: 2.5 KES\" for price_tag(\"Sugar\", 2.5)")

    def test_currency_given_by_name(self):
        self.assertEqual(price_tag("Beans", 80, currency="RWF"), "Beans: 80 RWF",
                         "expected \"Beans: 80 RWF\" for price_tag(\"Beans\", 80, currency=\"RWF\")")
