const test = require('node:test');
const assert = require('node:assert/strict');
const { tally, bestSeller } = require('./main.js');

test('a single sale is counted once', () => {
  assert.deepEqual(tally(['avocado']), { avocado: 1 }, "expected { avocado: 1 } for sales ['avocado']");
});

test('the tally does not change the sales array', () => {
  const sales = ['mango', 'mango'];
  tally(sales);
  assert.deepEqual(sales, ['mango', 'mango'], "expected tally not to change the sales array ['mango', 'mango']");
});

test('on a tie the fruit sold first wins', () => {
  assert.equal(bestSeller(['pawpaw', 'banana']), 'pawpaw', "expected 'pawpaw' for sales ['pawpaw', 'banana'] (a tie, pawpaw sold first)");
  assert.equal(bestSeller(['banana', 'pawpaw', 'pawpaw', 'banana']), 'banana',
    "expected 'banana' for sales ['banana', 'pawpaw', 'pawpaw', 'banana'] (a tie, banana sold first)");
});

test('the best seller can be sold last', () => {
  const sales = ['mango', 'orange', 'orange', 'orange'];
  assert.equal(bestSeller(sales), 'orange', "expected 'orange' for sales " + JSON.stringify(sales));
});
