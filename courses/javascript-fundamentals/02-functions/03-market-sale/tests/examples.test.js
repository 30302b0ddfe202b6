const test = require('node:test');
const assert = require('node:assert/strict');
const { basketTotal, changeDue } = require('./main.js');

test('three mangoes at 4 each cost 12', () => {
  assert.equal(basketTotal(3, 4), 12, 'expected 12 for a basket of 3 mangoes at 4 each');
});

test('ten tomatoes at 2.5 each cost 25', () => {
  assert.equal(basketTotal(10, 2.5), 25, 'expected 25 for 10 tomatoes at 2.5 each');
});

test('paying 20 for a basket of 12 gives 8 change', () => {
  assert.equal(changeDue(20, 3, 4), 8, 'expected 8 change when paying 20 for 3 mangoes at 4 each');
});
