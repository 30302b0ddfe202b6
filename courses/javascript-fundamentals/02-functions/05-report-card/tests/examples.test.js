const test = require('node:test');
const assert = require('node:assert/strict');
const { grade, passed } = require('./main.js');

test('a score of 92 is an A', () => {
  assert.equal(grade(92), 'A', "expected 'A' for a score of 92");
});

test('a score of 79 is a B', () => {
  assert.equal(grade(79), 'B', "expected 'B' for a score of 79");
});

test('a score of 50 is a C', () => {
  assert.equal(grade(50), 'C', "expected 'C' for a score of 50");
});

test('a score of 31 is not yet there', () => {
  assert.equal(grade(31), 'Not yet', "expected 'Not yet' for a score of 31");
});

test('50 is a pass and 49 is not', () => {
  assert.equal(passed(50), true, 'expected passed(50) to be true');
  assert.equal(passed(49), false, 'expected passed(49) to be false');
});
