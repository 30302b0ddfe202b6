const test = require('node:test');
const assert = require('node:assert/strict');
const { labels, withDiscount } = require('./main.js');

test('no products give no labels', () => {
  assert.deepEqual(labels([]), [], 'expected [] for no products');
});

test('labels keep decimal prices', () => {
  assert.deepEqual(labels([{ name: 'Tomatoes', price: 2.5 }]), ['Tomatoes: 2.5'], "expected ['Tomatoes: 2.5'] for tomatoes at 2.5");
});

test('rounding goes up from .5 and above', () => {
  assert.deepEqual(withDiscount([15, 17], 10), [14, 15], 'expected [14, 15] for prices [15, 17] with 10% off (13.5 and 15.3)');
});

test('a 0% discount keeps the prices', () => {
  assert.deepEqual(withDiscount([40, 7], 0), [40, 7], 'expected [40, 7] for prices [40, 7] with 0% off');
});

test('the original prices are not changed', () => {
  const prices = [100, 250];
  withDiscount(prices, 50);
  assert.deepEqual(prices, [100, 250], 'expected withDiscount not to change the prices array [100, 250]');
});
