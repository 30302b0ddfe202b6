def subjects_on(timetable, day):
    return timetable.get(day, [])


def lessons_in_week(timetable):
    total = 0
    for subjects in timetable.values():
        total += len(subjects)
    return total
