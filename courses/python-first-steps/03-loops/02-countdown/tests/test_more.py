import io
import unittest
from contextlib import redirect_stdout

from main import countdown


def printed_by(start):
    out = io.StringIO()
    with redirect_stdout(out):
        countdown(start)
    return out.getvalue()


class CountdownMore(unittest.TestCase):
    def test_counts_down_from_one(self):
        self.assertEqual(printed_by(1), "1\nGo!\n", "expected the lines 1 and Go! for countdown(1)")

    def test_counts_down_from_ten(self):
        expected = "".join(f"{n}\n" for n in range(10, 0, -1)) + "Go!\n"
        self.assertEqual(printed_by(10), expected,
                         "expected the lines 10, 9, ..., 1 and Go! for countdown(10)")
