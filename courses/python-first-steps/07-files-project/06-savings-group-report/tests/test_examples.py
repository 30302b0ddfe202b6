import os
import tempfile
import unittest

from main import load_payments, top_saver, write_report

EXAMPLE_FILE = "name,amount\nAma,500\nEfua, 300\n Ama,200\n\nKesi,450\n"


class SavingsGroupExamples(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def payments_file(self, content):
        path = self.path("payments.csv")
        with open(path, "w", encoding="utf-8") as file:
            file.write(content)
        return path

    def test_load_payments_adds_up_each_member(self):
        self.assertEqual(load_payments(self.payments_file(EXAMPLE_FILE)), {"Ama": 700, "Efua": 300, "Kesi": 450},
                         "expected {\"Ama\": 700, \"Efua\": 300, \"Kesi\": 450} for the example payments file")

    def test_top_saver_has_the_biggest_total(self):
        self.assertEqual(top_saver({"Ama": 700, "Efua": 300, "Kesi": 450}), "Ama",
                         "expected \"Ama\" for totals {\"Ama\": 700, \"Efua\": 300, \"Kesi\": 450}")

    def test_top_saver_tie_goes_to_the_first_name_alphabetically(self):
        self.assertEqual(top_saver({"Kesi": 500, "Efua": 500}), "Efua",
                         "expected \"Efua\" for totals {\"Kesi\": 500, \"Efua\": 500} (a tie: Efua comes first)")

    def test_write_report_lists_members_then_group_total(self):
        path = self.path("report.txt")
        write_report(path, {"Ama": 700, "Efua": 300, "Kesi": 450})
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
        self.assertEqual(lines, ["Ama: 700", "Efua: 300", "Kesi: 450", "Group total: 1450"],
                         "expected the lines Ama: 700, Efua: 300, Kesi: 450, Group total: 1450")
