import unittest

from main import initials, tidy_name


class TidyNamesExamples(unittest.TestCase):
    def test_extra_spaces_and_odd_capitals_are_tidied(self):
        self.assertEqual(tidy_name("  aMINA   ochieng "), "Amina Ochieng",
                         "expected \"Amina Ochieng\" for \"  aMINA   ochieng \"")

    def test_all_capitals_become_one_capital(self):
        self.assertEqual(tidy_name("GRACE"), "Grace", "expected \"Grace\" for \"GRACE\"")

    def test_initials_of_two_words(self):
        self.assertEqual(initials("Amina Ochieng"), "A.O.", "expected \"A.O.\" for \"Amina Ochieng\"")

    def test_initials_of_a_messy_name(self):
        self.assertEqual(initials("  nia   wanjiru "), "N.W.", "expected \"N.W.\" for \"  nia   wanjiru \"")
