const test = require('node:test');
const assert = require('node:assert/strict');
const { labels, withDiscount } = require('./main.js');

test('each product gets a name and price label', () => {
  const products = [{ name: 'Mango', price: 4 }, { name: 'Avocado', price: 10 }];
  assert.deepEqual(labels(products), ['Mango: 4', 'Avocado: 10'],
    "expected ['Mango: 4', 'Avocado: 10'] for " + JSON.stringify(products));
});

test('a 10% discount takes a tenth off every price', () => {
  assert.deepEqual(withDiscount([100, 250, 30], 10), [90, 225, 27], 'expected [90, 225, 27] for prices [100, 250, 30] with 10% off');
});

test('discounted prices are rounded to whole numbers', () => {
  assert.deepEqual(withDiscount([200, 99], 15), [170, 84], 'expected [170, 84] for prices [200, 99] with 15% off (99 less 15% is 84.15)');
});
