const test = require('node:test');
const assert = require('node:assert/strict');
const { nextLesson } = require('./main.js');

const today = ['Maths', 'English', 'Science', 'Break', 'Art'];

test('English comes after Maths', () => {
  assert.equal(nextLesson(today, 'Maths'), 'English', "expected 'English' after 'Maths' in " + JSON.stringify(today));
});

test('after the last lesson it is home time', () => {
  assert.equal(nextLesson(today, 'Art'), 'Home time!', "expected 'Home time!' after 'Art', the last lesson of " + JSON.stringify(today));
});

test('a lesson that is not on the timetable is reported', () => {
  assert.equal(nextLesson(today, 'Cooking'), 'Not on the timetable', "expected 'Not on the timetable' for 'Cooking' in " + JSON.stringify(today));
});
