import unittest

from main import lessons_in_week, subjects_on

TIMETABLE = {
    "Monday": ["Maths", "English", "Science"],
    "Tuesday": ["History", "Maths"],
    "Friday": ["Art"],
}


class TimetableExamples(unittest.TestCase):
    def test_subjects_of_a_school_day(self):
        self.assertEqual(subjects_on(TIMETABLE, "Tuesday"), ["History", "Maths"],
                         "expected [\"History\", \"Maths\"] for Tuesday in the example timetable")

    def test_day_without_school_has_no_subjects(self):
        self.assertEqual(subjects_on(TIMETABLE, "Saturday"), [],
                         "expected [] for Saturday, which is not in the example timetable")

    def test_lessons_in_the_example_week(self):
        self.assertEqual(lessons_in_week(TIMETABLE), 6, "expected 6 lessons (3 + 2 + 1) in the example timetable")

    def test_empty_timetable_has_no_lessons(self):
        self.assertEqual(lessons_in_week({}), 0, "expected 0 lessons in an empty timetable {}")
