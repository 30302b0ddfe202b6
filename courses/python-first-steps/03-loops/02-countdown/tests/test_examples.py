import io
import unittest
from contextlib import redirect_stdout

from main import countdown


def printed_by(start):
    out = io.StringIO()
    with redirect_stdout(out):
        countdown(start)
    return out.getvalue()


class CountdownExamples(unittest.TestCase):
    def test_counts_down_from_three_then_go(self):
        self.assertEqual(printed_by(3), "3\n2\n1\nGo!\n",
                         "expected the lines 3, 2, 1 and Go! for countdown(3)")

    def test_zero_prints_only_go(self):
        self.assertEqual(printed_by(0), "Go!\n", "expected only the line Go! for countdown(0)")
