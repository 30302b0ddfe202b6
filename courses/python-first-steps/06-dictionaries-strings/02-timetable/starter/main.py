def subjects_on(timetable, day):
    # TODO: return the subjects for day, or [] if the day is not in the timetable
    return timetable[day]


def lessons_in_week(timetable):
    # TODO: add up the number of subjects on every day
    return len(timetable)
