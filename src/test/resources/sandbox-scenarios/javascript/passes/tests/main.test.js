const test = require('node:test');
const assert = require('node:assert/strict');
const { total } = require('./main.js');

test('three mangoes cost twelve', () => {
  assert.equal(total(3, 4), 12, 'expected 12 for a basket of 3 mangoes at 4 each');
});

test('no mangoes cost nothing', () => {
  assert.equal(total(0, 4), 0, 'expected 0 for an empty basket');
});
