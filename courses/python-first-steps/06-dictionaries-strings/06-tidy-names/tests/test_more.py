import unittest

from main import initials, tidy_name


class TidyNamesMore(unittest.TestCase):
    def test_three_lowercase_words(self):
        self.assertEqual(tidy_name("nia wanjiru achieng"), "Nia Wanjiru Achieng",
                         "expected \"Nia Wanjiru Achieng\" for \"nia wanjiru achieng\"")

    def test_already_tidy_name_is_unchanged(self):
        self.assertEqual(tidy_name("Efua Mensah"), "Efua Mensah", "expected \"Efua Mensah\" for \"Efua Mensah\"")

    def test_empty_name_stays_empty(self):
        self.assertEqual(tidy_name(""), "", "expected \"\" for an empty name")

    def test_only_spaces_give_empty_name(self):
        self.assertEqual(tidy_name("   "), "", "expected \"\" for a name made only of spaces")

    def test_initials_of_one_word(self):
        self.assertEqual(initials("grace"), "G.", "expected \"G.\" for \"grace\"")

    def test_initials_of_three_words(self):
        self.assertEqual(initials("nia wanjiru ACHIENG"), "N.W.A.", "expected \"N.W.A.\" for \"nia wanjiru ACHIENG\"")

    def test_initials_of_empty_name(self):
        self.assertEqual(initials(""), "", "expected \"\" for an empty name")
