import unittest

from main import lessons_in_week, subjects_on

FULL_WEEK = {
    "Monday": ["Maths", "English", "Science", "Kiswahili"],
    "Tuesday": ["History", "Maths", "Computing"],
    "Wednesday": ["Science", "PE"],
    "Thursday": ["English", "Geography", "Maths"],
    "Friday": ["Art", "Music"],
}


class TimetableMore(unittest.TestCase):
    def test_subjects_keep_their_order(self):
        self.assertEqual(subjects_on(FULL_WEEK, "Monday"), ["Maths", "English", "Science", "Kiswahili"],
                         "expected Monday's four subjects in timetable order")

    def test_missing_day_in_an_empty_timetable(self):
        self.assertEqual(subjects_on({}, "Monday"), [], "expected [] for Monday in an empty timetable {}")

    def test_day_names_must_match_exactly(self):
        self.assertEqual(subjects_on(FULL_WEEK, "monday"), [],
                         "expected [] for \"monday\" (lowercase), because the keys start with a capital")

    def test_lessons_in_a_full_week(self):
        self.assertEqual(lessons_in_week(FULL_WEEK), 14, "expected 14 lessons (4 + 3 + 2 + 3 + 2) in a full week")

    def test_day_with_an_empty_list_counts_zero(self):
        self.assertEqual(lessons_in_week({"Monday": ["Maths"], "Wednesday": []}), 1,
                         "expected 1 lesson for {\"Monday\": [\"Maths\"], \"Wednesday\": []}")
