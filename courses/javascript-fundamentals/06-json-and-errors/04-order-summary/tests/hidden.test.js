const test = require('node:test');
const assert = require('node:assert/strict');
const { orderTotal, summary } = require('./main.js');

const empty = '{"customer":"Lucía","items":[]}';
const pretty = `{
  "customer": "Mei",
  "items": [
    { "name": "tomatoes", "quantity": 10, "price": 2.5 },
    { "name": "pineapple", "quantity": 2, "price": 15 },
    { "name": "eggs", "quantity": 12, "price": 1 }
  ]
}`;

test('an order with no items costs 0', () => {
  assert.equal(orderTotal(empty), 0, 'expected 0 for an order with no items: ' + empty);
  assert.equal(summary(empty), '{"customer":"Lucía","total":0}', 'expected \'{"customer":"Lucía","total":0}\' as the summary of ' + empty);
});

test('JSON spread over several lines is read the same way', () => {
  assert.equal(orderTotal(pretty), 67, 'expected 67 (25 + 30 + 12) for the order ' + pretty);
});

test('the summary returns text, not an object', () => {
  assert.equal(typeof summary(pretty), 'string', 'expected summary to return a string made with JSON.stringify');
  assert.equal(summary(pretty), '{"customer":"Mei","total":67}', 'expected \'{"customer":"Mei","total":67}\' as the summary of ' + pretty);
});
