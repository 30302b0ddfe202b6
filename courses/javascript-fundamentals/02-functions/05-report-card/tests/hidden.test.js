const test = require('node:test');
const assert = require('node:assert/strict');
const { grade, passed } = require('./main.js');

test('the edges of each band get the right grade', () => {
  assert.equal(grade(100), 'A', "expected 'A' for a score of 100");
  assert.equal(grade(80), 'A', "expected 'A' for a score of 80");
  assert.equal(grade(65), 'B', "expected 'B' for a score of 65");
  assert.equal(grade(64), 'C', "expected 'C' for a score of 64");
  assert.equal(grade(49), 'Not yet', "expected 'Not yet' for a score of 49");
  assert.equal(grade(0), 'Not yet', "expected 'Not yet' for a score of 0");
});

test('passed gives a real boolean', () => {
  assert.equal(passed(100), true, 'expected passed(100) to be true');
  assert.equal(passed(0), false, 'expected passed(0) to be false');
});
