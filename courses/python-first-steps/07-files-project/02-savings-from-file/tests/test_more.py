import os
import tempfile
import unittest

from main import total_from_file


class SavingsFromFileMore(unittest.TestCase):
    def total_of(self, content):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "savings.txt")
            with open(path, "w", encoding="utf-8") as file:
                file.write(content)
            return total_from_file(path)

    def test_file_with_a_single_amount(self):
        self.assertEqual(self.total_of("500\n"), 500, "expected 500 for a file with the single line 500")

    def test_last_line_without_newline(self):
        self.assertEqual(self.total_of("100\n250"), 350,
                         "expected 350 for the lines 100 and 250, with no newline after the last one")

    def test_several_empty_lines_and_spaces(self):
        self.assertEqual(self.total_of("\n  40 \n\n\n60\n   \n"), 100,
                         "expected 100 for the amounts 40 and 60 surrounded by empty lines and spaces")

    def test_a_month_of_savings(self):
        self.assertEqual(self.total_of("".join(f"{n}\n" for n in range(50, 1550, 50))), 23250,
                         "expected 23250 for thirty lines of savings, 50, 100, ..., 1500")
