const test = require('node:test');
const assert = require('node:assert/strict');
const { tally, bestSeller } = require('./main.js');

const sales = ['mango', 'banana', 'mango', 'pawpaw', 'mango', 'banana'];

test('the tally counts each fruit', () => {
  assert.deepEqual(tally(sales), { mango: 3, banana: 2, pawpaw: 1 },
    'expected { mango: 3, banana: 2, pawpaw: 1 } for sales ' + JSON.stringify(sales));
});

test('the best seller is the most frequent fruit', () => {
  assert.equal(bestSeller(sales), 'mango', "expected 'mango' for sales " + JSON.stringify(sales));
});

test('nothing sold gives an empty tally and no best seller', () => {
  assert.deepEqual(tally([]), {}, 'expected {} for no sales');
  assert.equal(bestSeller([]), null, 'expected null as the best seller when nothing was sold');
});
