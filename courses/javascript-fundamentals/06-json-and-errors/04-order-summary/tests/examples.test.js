const test = require('node:test');
const assert = require('node:assert/strict');
const { orderTotal, summary } = require('./main.js');

const json = '{"customer":"Adaeze","items":[{"name":"mango","quantity":3,"price":4},{"name":"avocado","quantity":1,"price":10}]}';

test('the total adds quantity times price for every item', () => {
  assert.equal(orderTotal(json), 22, 'expected 22 for 3 mangoes at 4 and 1 avocado at 10, given as ' + json);
});

test('the summary is JSON with the customer and the total', () => {
  assert.equal(summary(json), '{"customer":"Adaeze","total":22}',
    'expected \'{"customer":"Adaeze","total":22}\' as the summary of ' + json);
});
