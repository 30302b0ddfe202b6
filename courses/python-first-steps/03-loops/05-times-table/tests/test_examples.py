import io
import unittest
from contextlib import redirect_stdout

from main import times_table


def lines_printed_by(n):
    out = io.StringIO()
    with redirect_stdout(out):
        times_table(n)
    return out.getvalue().splitlines()


class TimesTableExamples(unittest.TestCase):
    def test_table_of_seven_has_ten_lines(self):
        self.assertEqual(len(lines_printed_by(7)), 10, "expected 10 lines for times_table(7)")

    def test_table_of_seven_starts_with_one_times_seven(self):
        self.assertEqual(lines_printed_by(7)[:1], ["1 x 7 = 7"], "expected the first line of times_table(7) to be 1 x 7 = 7")

    def test_table_of_seven_line_by_line(self):
        expected = ["1 x 7 = 7", "2 x 7 = 14", "3 x 7 = 21", "4 x 7 = 28", "5 x 7 = 35",
                    "6 x 7 = 42", "7 x 7 = 49", "8 x 7 = 56", "9 x 7 = 63", "10 x 7 = 70"]
        self.assertEqual(lines_printed_by(7), expected,
                         "expected the ten lines from 1 x 7 = 7 to 10 x 7 = 70 for times_table(7)")
