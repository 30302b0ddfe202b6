import unittest

from main import total


class TotalTest(unittest.TestCase):
    def test_three_mangoes_cost_twelve(self):
        self.assertEqual(total(3, 4), 12, "expected 12 for a basket of 3 mangoes at 4 each")

    def test_no_mangoes_cost_nothing(self):
        self.assertEqual(total(0, 4), 0, "expected 0 for an empty basket")
