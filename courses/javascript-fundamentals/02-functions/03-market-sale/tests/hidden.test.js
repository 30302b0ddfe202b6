const test = require('node:test');
const assert = require('node:assert/strict');
const { basketTotal, changeDue } = require('./main.js');

test('an empty basket costs 0', () => {
  assert.equal(basketTotal(0, 4), 0, 'expected 0 for a basket of 0 mangoes at 4 each');
});

test('one pineapple costs its price', () => {
  assert.equal(basketTotal(1, 15), 15, 'expected 15 for 1 pineapple at 15');
});

test('paying the exact amount gives no change', () => {
  assert.equal(changeDue(12, 3, 4), 0, 'expected 0 change when paying 12 for 3 mangoes at 4 each');
});

test('change works with decimal prices', () => {
  assert.equal(changeDue(50, 10, 2.5), 25, 'expected 25 change when paying 50 for 10 tomatoes at 2.5 each');
});
