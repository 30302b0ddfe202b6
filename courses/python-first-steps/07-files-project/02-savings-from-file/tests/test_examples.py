import os
import tempfile
import unittest

from main import total_from_file


class SavingsFromFileExamples(unittest.TestCase):
    def total_of(self, content):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "savings.txt")
            with open(path, "w", encoding="utf-8") as file:
                file.write(content)
            return total_from_file(path)

    def test_adds_every_amount_and_skips_the_empty_line(self):
        self.assertEqual(self.total_of("200\n150\n\n350\n"), 700,
                         "expected 700 for a file with the lines 200, 150, (empty), 350")

    def test_empty_file_gives_zero(self):
        self.assertEqual(self.total_of(""), 0, "expected 0 for an empty file")
