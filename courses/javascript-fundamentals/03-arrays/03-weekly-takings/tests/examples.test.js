const test = require('node:test');
const assert = require('node:assert/strict');
const { totalTakings, bestDay } = require('./main.js');

test('four days of takings add up to 435', () => {
  assert.equal(totalTakings([120, 95, 140, 80]), 435, 'expected 435 for takings [120, 95, 140, 80]');
});

test('a week with no sales has takings of 0', () => {
  assert.equal(totalTakings([]), 0, 'expected 0 for an empty array of takings');
});

test('the best day is the largest amount', () => {
  assert.equal(bestDay([120, 95, 140, 80]), 140, 'expected 140 as the best day of [120, 95, 140, 80]');
});
