// The lesson after `current`, 'Home time!' after the last one,
// or 'Not on the timetable' when `current` is missing.
function nextLesson(timetable, current) {
  const index = timetable.indexOf(current);
  if (index === -1) {
    return 'Not on the timetable';
  }
  if (index === timetable.length - 1) {
    return 'Home time!';
  }
  return timetable[index + 1];
}

module.exports = { nextLesson };
