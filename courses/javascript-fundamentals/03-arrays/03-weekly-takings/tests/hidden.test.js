const test = require('node:test');
const assert = require('node:assert/strict');
const { totalTakings, bestDay } = require('./main.js');

test('a single day is its own total', () => {
  assert.equal(totalTakings([75]), 75, 'expected 75 for takings [75]');
});

test('a full week adds up including a closed day', () => {
  assert.equal(totalTakings([120, 95, 140, 80, 160, 210, 0]), 805, 'expected 805 for takings [120, 95, 140, 80, 160, 210, 0]');
});

test('the best day can be the last one', () => {
  assert.equal(bestDay([10, 20, 30, 250]), 250, 'expected 250 as the best day of [10, 20, 30, 250]');
});

test('the best day can be the first one', () => {
  assert.equal(bestDay([300, 20, 30]), 300, 'expected 300 as the best day of [300, 20, 30]');
});

test('an empty week has a best day of 0', () => {
  assert.equal(bestDay([]), 0, 'expected 0 as the best day of an empty array');
});
