import unittest

from main import price_tag


class PriceTagExamples(unittest.TestCase):
    def test_default_currency_is_kes(self):
        self.assertEqual(price_tag("Tomatoes", 120), "Tomatoes: 120 KES",
                         "expected \"Tomatoes: 120 KES\" for price_tag(\"Tomatoes\", 120)")

    def test_given_currency_is_used(self):
        self.assertEqual(price_tag("Rice", 90, "UGX"), "Rice: 90 UGX",
                         "expected \"Rice: 90 UGX\" for price_tag(\"Rice\", 90, \"UGX\")")
