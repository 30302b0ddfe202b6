import os
import tempfile
import unittest

from main import load_payments, top_saver, write_report


class SavingsGroupMore(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def loaded(self, content):
        path = self.path("payments.csv")
        with open(path, "w", encoding="utf-8") as file:
            file.write(content)
        return load_payments(path)

    def report_lines(self, totals):
        path = self.path("report.txt")
        write_report(path, totals)
        with open(path, encoding="utf-8") as file:
            return file.read().splitlines()

    def test_file_with_only_the_header_gives_no_totals(self):
        self.assertEqual(self.loaded("name,amount\n"), {}, "expected {} for a file with only the header line")

    def test_header_line_is_not_a_member(self):
        self.assertNotIn("name", self.loaded("name,amount\nAma,500\n"),
                         "expected the header line name,amount to be skipped, not loaded as a member")

    def test_spaces_around_names_and_amounts_are_ignored(self):
        self.assertEqual(self.loaded("name,amount\n  Efua ,  300 \nEfua,200\n"), {"Efua": 500},
                         "expected {\"Efua\": 500} when the lines are \"  Efua ,  300 \" and \"Efua,200\"")

    def test_last_line_without_newline_is_loaded(self):
        self.assertEqual(self.loaded("name,amount\nKesi,450"), {"Kesi": 450},
                         "expected {\"Kesi\": 450} when the last line has no newline")

    def test_many_payments_per_member(self):
        content = "name,amount\n" + "Ama,100\nNafula,250\n" * 4 + "\n\n"
        self.assertEqual(self.loaded(content), {"Ama": 400, "Nafula": 1000},
                         "expected {\"Ama\": 400, \"Nafula\": 1000} for four payments each of 100 and 250")

    def test_top_saver_of_no_members_is_empty(self):
        self.assertEqual(top_saver({}), "", "expected \"\" for totals {}")

    def test_top_saver_of_one_member(self):
        self.assertEqual(top_saver({"Zawadi": 0}), "Zawadi", "expected \"Zawadi\" for totals {\"Zawadi\": 0}")

    def test_top_saver_when_the_best_comes_last(self):
        self.assertEqual(top_saver({"Ama": 100, "Efua": 200, "Nafula": 900}), "Nafula",
                         "expected \"Nafula\" for totals {\"Ama\": 100, \"Efua\": 200, \"Nafula\": 900}")

    def test_three_way_tie_goes_to_the_first_name_alphabetically(self):
        self.assertEqual(top_saver({"Zuri": 300, "Kesi": 300, "Baraka": 300, "Ama": 100}), "Baraka",
                         "expected \"Baraka\" for a three-way tie at 300 between Zuri, Kesi and Baraka")

    def test_report_is_in_alphabetical_order(self):
        self.assertEqual(self.report_lines({"Nafula": 600, "Ama": 800, "Kesi": 600}),
                         ["Ama: 800", "Kesi: 600", "Nafula: 600", "Group total: 2000"],
                         "expected Ama, Kesi, Nafula in alphabetical order, then Group total: 2000")

    def test_report_of_no_members_has_only_the_group_total(self):
        self.assertEqual(self.report_lines({}), ["Group total: 0"], "expected the single line Group total: 0 for {}")
