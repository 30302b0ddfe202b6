const test = require('node:test');
const assert = require('node:assert/strict');
const { totalSaved, totalsByMember } = require('./main.js');

test('no payments means nothing saved', () => {
  assert.equal(totalSaved([]), 0, 'expected 0 for no payments');
  assert.deepEqual(totalsByMember([]), {}, 'expected {} for no payments');
});

test('one member paying three times gets one total', () => {
  const payments = [
    { member: 'Mercy', amount: 100 },
    { member: 'Mercy', amount: 250 },
    { member: 'Mercy', amount: 50 },
  ];
  assert.deepEqual(totalsByMember(payments), { Mercy: 400 }, 'expected { Mercy: 400 } for payments of 100, 250 and 50 by Mercy');
  assert.equal(totalSaved(payments), 400, 'expected 400 for payments of 100, 250 and 50');
});

test('calling the function twice gives the same answer', () => {
  const payments = [{ member: 'Joy', amount: 500 }];
  totalsByMember(payments);
  assert.deepEqual(totalsByMember(payments), { Joy: 500 }, 'expected { Joy: 500 } again on a second call: start each call from a new empty object');
});
