const test = require('node:test');
const assert = require('node:assert/strict');
const { nextLesson } = require('./main.js');

test('Art comes after Break', () => {
  const today = ['Maths', 'English', 'Science', 'Break', 'Art'];
  assert.equal(nextLesson(today, 'Break'), 'Art', "expected 'Art' after 'Break' in " + JSON.stringify(today));
});

test('a single-lesson day ends with home time', () => {
  assert.equal(nextLesson(['Sport'], 'Sport'), 'Home time!', "expected 'Home time!' after 'Sport' in ['Sport']");
});

test('nothing is on an empty timetable', () => {
  assert.equal(nextLesson([], 'Maths'), 'Not on the timetable', "expected 'Not on the timetable' for 'Maths' in []");
});

test('another day works the same way', () => {
  const friday = ['History', 'Coding club', 'French'];
  assert.equal(nextLesson(friday, 'History'), 'Coding club', "expected 'Coding club' after 'History' in " + JSON.stringify(friday));
  assert.equal(nextLesson(friday, 'French'), 'Home time!', "expected 'Home time!' after 'French' in " + JSON.stringify(friday));
});
