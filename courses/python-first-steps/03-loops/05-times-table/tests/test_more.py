import io
import unittest
from contextlib import redirect_stdout

from main import times_table


def lines_printed_by(n):
    out = io.StringIO()
    with redirect_stdout(out):
        times_table(n)
    return out.getvalue().splitlines()


class TimesTableMore(unittest.TestCase):
    def test_whole_table_of_three(self):
        expected = [f"{i} x 3 = {i * 3}" for i in range(1, 11)]
        self.assertEqual(lines_printed_by(3), expected,
                         "expected the ten lines from 1 x 3 = 3 to 10 x 3 = 30 for times_table(3)")

    def test_table_of_twelve_contains_five_times_twelve(self):
        self.assertIn("5 x 12 = 60", lines_printed_by(12), "expected a line 5 x 12 = 60 in times_table(12)")

    def test_table_of_one_ends_with_ten_times_one(self):
        self.assertEqual(lines_printed_by(1)[-1:], ["10 x 1 = 10"], "expected the last line of times_table(1) to be 10 x 1 = 10")
